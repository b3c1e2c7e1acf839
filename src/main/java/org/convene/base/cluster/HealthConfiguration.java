package org.convene.base.cluster;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** Liveness member: down only after the database has failed for the grace period. */
    @Bean
    HealthIndicator databaseLiveness(DatabaseProbe probe) {
        return probe::liveness;
    }
}
