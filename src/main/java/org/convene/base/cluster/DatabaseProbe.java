package org.convene.base.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Health as the load balancer and a supervisor see it (issue 15). The probe reads a table (not just a
 * ping: a Galera node that left the primary component still answers pings, but refuses reads), with a
 * short timeout.
 * <ul>
 * <li><b>readiness</b> ({@code /actuator/health/readiness}, group member {@code database}): down as soon as
 * the read fails, so the load balancer sends nobody new to an instance that cannot reach the database;</li>
 * <li><b>liveness</b> ({@code /actuator/health/liveness}, member {@code databaseLiveness}): down only when
 * the database has failed for longer than {@code convene.health.liveness-grace} (2 minutes), so a
 * supervisor restarts an instance whose connections are stuck, but not every instance during a failover.</li>
 * </ul>
 */
@Component("database")
public class DatabaseProbe implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration grace;
    private final AtomicReference<Instant> failingSince = new AtomicReference<>();

    DatabaseProbe(DataSource dataSource, Clock clock, @Value("${convene.health.liveness-grace:PT2M}") Duration grace) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(3);
        this.clock = clock;
        this.grace = grace;
    }

    @Override
    public Health health() {
        try {
            jdbc.queryForList("select name from shedlock limit 1");
            failingSince.set(null);
            return Health.up().build();
        } catch (RuntimeException e) {
            failingSince.compareAndSet(null, clock.instant());
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    /** Down when the database has been failing for longer than the grace period. */
    Health liveness() {
        health();
        var since = failingSince.get();
        if (since != null && Duration.between(since, clock.instant()).compareTo(grace) > 0) {
            return Health.down().withDetail("failingSince", since.toString()).build();
        }
        return Health.up().build();
    }
}
