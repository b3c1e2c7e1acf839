package org.convene.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.convene.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every migration applies, in order, to an empty MariaDB schema on the same server as the tests. */
class MigrationsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void all_migrations_apply_to_an_empty_schema() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        var schema = "convene_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var hikari = (HikariDataSource) dataSource;
        var url = hikari.getJdbcUrl().replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1");
        try (var target = new HikariDataSource()) {
            target.setJdbcUrl(url);
            target.setUsername(hikari.getUsername());
            target.setPassword(hikari.getPassword());
            var result = Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();

            long files;
            try (var stream = Files.list(Path.of("src/main/resources/db/migration"))) {
                files = stream.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
            }
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo((int) files);
            var engines = new JdbcTemplate(target).queryForList("""
                    select distinct engine from information_schema.tables where table_schema = ?""", String.class, schema);
            assertThat(engines).containsOnly("InnoDB");
            var collations = new JdbcTemplate(target).queryForList("""
                    select distinct table_collation from information_schema.tables where table_schema = ?""", String.class, schema);
            assertThat(collations).allMatch(c -> c.startsWith("utf8mb4"));
        } finally {
            jdbc.execute("DROP DATABASE `" + schema + "`");
        }
    }
}
