package org.convene;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A second Convene instance in the test JVM: its own Spring application context (own beans, own
 * pollers, own caches, own real web server on a free port) on the same database as the shared test
 * context. The two share nothing but the database, as two instances of a cluster do.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a second instance on the database of {@code first}. */
    public static SecondInstance on(ApplicationContext first) {
        var ds = unwrap(first.getBean(DataSource.class));
        // Vaadin's security integration installs its context holder strategy globally: the shared
        // test context's one comes back once the second instance is up.
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            var context = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    // The test classes are on the class path: their configurations stay out, as in @SpringBootTest.
                    .initializers(c -> c.getBeanFactory().registerSingleton(TestConfigurationsExcluded.class.getName(),
                            new TestConfigurationsExcluded()))
                    // Arguments, not default properties: these must win over application.properties.
                    .run("--spring.datasource.url=" + ds.getJdbcUrl(),
                            "--spring.datasource.username=" + ds.getUsername(),
                            "--spring.datasource.password=" + (ds.getPassword() == null ? "" : ds.getPassword()),
                            "--server.port=0",
                            "--spring.application.name=convene-second-instance",
                            // Events of the first instance still in flight are its own business.
                            "--spring.modulith.events.republish-outstanding-events-on-restart=false");
            return new SecondInstance(context);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    /** Leaves {@code @TestConfiguration} classes out of the component scan (Spring Boot's test filter is not public). */
    private static final class TestConfigurationsExcluded extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
        }
    }

    private static HikariDataSource unwrap(DataSource ds) {
        try {
            return ds.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the test data source is not a Hikari pool", e);
        }
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }
}
