package org.convene.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * What Galera asks of the schema and the code (issue 15): every table has a primary key and is InnoDB,
 * nothing takes table locks or named locks, and a write transaction that loses a conflict (a deadlock
 * here; a certification failure on Galera, reported the same way) is run again.
 */
class GaleraRulesTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionInterceptor transactionInterceptor;
    @Autowired
    ConflictRetryConfiguration.ConflictRetryAdvisor conflictRetryAdvisor;

    @Test
    void every_table_has_a_primary_key_and_is_innodb() {
        var tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("registration", "seminar", "shedlock", "statement_change", "flyway_schema_history");
        var withoutKey = jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')""", String.class);
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
        var notInnoDb = jdbc.queryForList("select table_name from information_schema.tables where table_schema = database() "
                + "and table_type = 'BASE TABLE' and engine <> 'InnoDB'", String.class);
        assertThat(notInnoDb).as("tables Galera would not replicate").isEmpty();
    }

    @Test
    void no_code_or_migration_takes_table_locks_or_named_locks() throws IOException {
        var forbidden = Pattern.compile("(?i)\\bLOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(|\\bRELEASE_LOCK\\s*\\(|\\bIS_FREE_LOCK\\s*\\(");
        var offenders = new ArrayList<String>();
        for (var root : List.of(Path.of("src/main/java"), Path.of("src/main/resources/db/migration"))) {
            try (var files = Files.walk(root)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    var lines = Files.readAllLines(file);
                    for (var i = 0; i < lines.size(); i++) {
                        if (forbidden.matcher(lines.get(i)).find()) {
                            offenders.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void a_write_transaction_that_loses_a_conflict_is_run_again_from_the_start() throws Exception {
        var first = "probe-a-" + System.nanoTime();
        var second = "probe-b-" + System.nanoTime();
        jdbc.update("insert into app_lock (name) values (?), (?)", first, second);
        try {
            var factory = new ProxyFactory(new Probe(jdbc));
            factory.setProxyTargetClass(true);
            factory.addAdvisor(conflictRetryAdvisor);
            factory.addAdvice(transactionInterceptor);
            var probe = (Probe) factory.getProxy();
            var pool = Executors.newFixedThreadPool(2);
            try {
                var one = pool.submit(() -> probe.update(first, second));
                var two = pool.submit(() -> probe.update(second, first));
                one.get(60, TimeUnit.SECONDS);
                two.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(probe.attempts()).as("one of the two was the deadlock victim and ran again").isEqualTo(3);
            assertThat(jdbc.queryForList("select version from app_lock where name in (?, ?)", Long.class, first, second))
                    .containsExactly(2L, 2L);
        } finally {
            jdbc.update("delete from app_lock where name in (?, ?)", first, second);
        }
    }

    /** Updates two rows in the order given; both first attempts meet in the middle, so they deadlock. */
    static class Probe {

        private final JdbcTemplate jdbc;
        private final AtomicInteger attempts = new AtomicInteger();
        private final CyclicBarrier middle = new CyclicBarrier(2);
        private final java.util.Set<Thread> started = ConcurrentHashMap.newKeySet();

        Probe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public int attempts() {
            return attempts.get();
        }

        @Transactional
        public void update(String firstRow, String secondRow) {
            attempts.incrementAndGet();
            jdbc.update("update app_lock set version = version + 1 where name = ?", firstRow);
            if (started.add(Thread.currentThread())) {
                try {
                    middle.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.update("update app_lock set version = version + 1 where name = ?", secondRow);
        }
    }
}
