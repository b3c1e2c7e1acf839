package org.convene.base.cluster;

import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once across all instances carry {@code @SchedulerLock} (ShedLock): before
 * running, an instance takes the job's row in the {@code shedlock} table (V170) until {@code lockAtMostFor};
 * the others skip that run. Times are the database's ({@code usingDbTime}), so instance clocks may differ.
 * Pollers that every instance needs (the statement change feed, presence heartbeats) are not locked.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new CertificationRetryingLockProvider(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build()));
    }

    /**
     * On Galera, two instances writing the same lock row through different nodes both succeed locally;
     * one loses certification at commit (a deadlock error). That instance asks once more, and then sees
     * the row taken by the winner: it skips the run instead of logging a failed job.
     */
    static final class CertificationRetryingLockProvider implements LockProvider {

        private static final Logger log = LoggerFactory.getLogger(CertificationRetryingLockProvider.class);
        private final LockProvider delegate;

        CertificationRetryingLockProvider(LockProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<SimpleLock> lock(LockConfiguration configuration) {
            for (var attempt = 1; ; attempt++) {
                try {
                    return delegate.lock(configuration);
                } catch (PessimisticLockingFailureException e) {
                    if (attempt >= Retries.ATTEMPTS) {
                        log.info("Job {}: lock not taken after {} conflicts; skipping this run", configuration.getName(), attempt);
                        return Optional.empty();
                    }
                }
            }
        }
    }
}
