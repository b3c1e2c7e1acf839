package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.Set;
import java.util.UUID;
import org.convene.QueryCounter;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The statements list costs the same number of queries for 2 rows as for 6: the rows' people, seminars
 * and groups come in one query each for the page, not one per row (issue 13, item 3).
 */
class StatementQueryCountTest extends StatementTestBase {

    @Autowired
    SeminarService seminars;

    @Test
    void the_statements_page_does_not_query_once_per_row() {
        aTeam();
        signIn(organiser);
        var seminarId = seminars.create(aSeminarForm("Statements seminar " + UUID.randomUUID(), 30, 10));
        statements(2, seminarId);
        signIn(lead);
        var with2 = QueryCounter.count(() -> statementService.mine("", Pageable.ofSize(20)));

        signIn(organiser);
        statements(4, seminarId);
        signIn(lead);
        var with6 = QueryCounter.count(() -> statementService.mine("", Pageable.ofSize(20)));

        System.out.printf("statements for 2 rows / 6 rows: StatementService.mine %d / %d%n", with2.statements(), with6.statements());
        assertThat(with2.result().getContent()).hasSize(2);
        assertThat(with6.result().getContent()).hasSize(6).allSatisfy(s -> {
            assertThat(s.seminarTitle()).startsWith("Statements seminar ");
            assertThat(s.groupName()).startsWith("SNP ");
            assertThat(s.lead().orElseThrow().name()).isEqualTo("Amina Lead");
            assertThat(s.team()).hasSize(3);
        });
        assertThat(with6.statements()).isEqualTo(with2.statements());
    }

    private void statements(int count, long seminarId) {
        for (int i = 0; i < count; i++) {
            statementService.create(new StatementForm("Counted " + UUID.randomUUID(), seminarId, groupId, "en", idOf(lead),
                    Set.of(idOf(coAuthor)), Set.of(idOf(reviewer))));
        }
    }
}
