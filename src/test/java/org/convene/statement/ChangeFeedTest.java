package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change feed across instances: a second poller on the same database (what another Convene
 * instance runs) receives what this instance saved, even when ids commit out of order, and polls
 * only while someone listens.
 */
class ChangeFeedTest extends StatementTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;

    @Test
    void a_change_saved_on_one_instance_reaches_a_listener_on_another() throws Exception {
        var statementId = aStatement();
        var paragraphId = firstParagraph(statementId);
        var otherInstance = StatementLive.anotherInstance(jdbc, clock, Duration.ofMillis(100));
        var received = new CopyOnWriteArrayList<StatementChange>();
        try (var subscription = otherInstance.subscribe(statementId, received::add)) {
            assertThat(otherInstance.isPolling()).isTrue();
            paragraphService.save(paragraphId, 1, "Saved on instance one.");
            await(() -> received.stream().anyMatch(c -> c.is(ChangeKind.PARAGRAPH_SAVED) && c.paragraphId() == paragraphId));
            structure.addParagraph(paragraphService.body(statementId).sections().getFirst().id(), 2, "Another one.");
            await(() -> received.stream().anyMatch(c -> c.is(ChangeKind.STRUCTURE)));
        }
        assertThat(otherInstance.isPolling()).as("no listener, no polling").isFalse();
        assertThat(received.stream().filter(c -> c.id() > 0).map(StatementChange::id).distinct().count())
                .as("each change once").isEqualTo(received.stream().filter(c -> c.id() > 0).count());
        otherInstance.close();
    }

    @Test
    void a_change_committed_after_a_later_one_is_still_delivered() throws Exception {
        var statementId = aStatement();
        var otherInstance = StatementLive.anotherInstance(jdbc, clock, Duration.ofMillis(50));
        var received = new CopyOnWriteArrayList<StatementChange>();
        try (var subscription = otherInstance.subscribe(statementId, received::add);
             var slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (var insert = slow.prepareStatement("insert into statement_change (statement_id, kind, at) values (?, 'SLOW', now(6))")) {
                insert.setLong(1, statementId);
                insert.executeUpdate();
            }
            jdbc.update("insert into statement_change (statement_id, kind, at) values (?, 'FAST', now(6))", statementId);
            await(() -> kinds(received).contains("FAST"));
            assertThat(kinds(received)).doesNotContain("SLOW");
            slow.commit();
            await(() -> kinds(received).contains("SLOW"));
        }
        assertThat(kinds(received).stream().filter(k -> k.equals("SLOW") || k.equals("FAST"))).containsExactly("FAST", "SLOW");
        otherInstance.close();
    }

    @Test
    void old_feed_rows_are_pruned_by_any_instance() {
        jdbc.update("insert into statement_change (statement_id, kind, at) values (0, 'OLD', ?)",
                org.convene.base.db.UtcTimes.of(clock.instant().minus(Duration.ofHours(2))));
        var one = StatementLive.anotherInstance(jdbc, clock, Duration.ofMillis(100));
        var two = StatementLive.anotherInstance(jdbc, clock, Duration.ofMillis(100));
        one.prune();
        two.prune();
        assertThat(jdbc.queryForObject("select count(*) from statement_change where kind = 'OLD'", Long.class)).isZero();
    }

    private static List<String> kinds(List<StatementChange> changes) {
        return changes.stream().map(StatementChange::kind).toList();
    }

    private static void await(BooleanSupplier condition) {
        org.awaitility.Awaitility.await("delivered").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
    }
}
