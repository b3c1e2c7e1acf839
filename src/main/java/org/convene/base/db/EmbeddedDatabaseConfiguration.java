package org.convene.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.convene.base.ConveneSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code DB_URL} Convene runs on an embedded MariaDB whose files stay in
 * {@code convene.embedded-db.data-dir}. With {@code DB_URL} this configuration steps aside and
 * Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(ConveneSettings settings) {
        var props = settings.embeddedDb();
        var db = EmbeddedMariaDb.acquire(props);
        db.ensureDatabase(props.database(), props.fresh());
        return db;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedMariaDb db, ConveneSettings settings) {
        var props = settings.embeddedDb();
        var ds = new HikariDataSource();
        ds.setPoolName("convene-embedded");
        ds.setJdbcUrl(db.jdbcUrl(props.database()));
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(20);
        return ds;
    }
}
