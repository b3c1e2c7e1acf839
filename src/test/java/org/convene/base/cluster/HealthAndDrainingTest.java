package org.convene.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Liveness and readiness reflect the database; a draining instance (readiness down, as on SIGTERM)
 * refuses requests that bring no session of its own and keeps serving the sessions it has.
 */
class HealthAndDrainingTest extends IntegrationTest {

    @Autowired
    HealthEndpointGroups groups;
    @Autowired
    DatabaseProbe probe;
    @Autowired
    Draining draining;
    @Autowired
    ApplicationContext context;

    @Test
    void readiness_and_liveness_include_the_database() {
        assertThat(groups.get("readiness").isMember("database")).isTrue();
        assertThat(groups.get("liveness").isMember("databaseLiveness")).isTrue();
        assertThat(probe.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void without_a_database_readiness_is_down_at_once_and_liveness_after_the_grace_period() throws Exception {
        var unreachable = new MariaDbDataSource("jdbc:mariadb://127.0.0.1:1/none?connectTimeout=500");
        var now = new AtomicReference<>(Instant.parse("2026-12-03T08:00:00Z"));
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var lost = new DatabaseProbe(unreachable, clock, Duration.ofMinutes(2));
        assertThat(lost.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(lost.liveness().getStatus()).isEqualTo(Status.UP);
        now.set(now.get().plusSeconds(119));
        assertThat(lost.liveness().getStatus()).isEqualTo(Status.UP);
        now.set(now.get().plusSeconds(2));
        assertThat(lost.liveness().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_draining_instance_refuses_new_sessions_and_serves_the_open_ones() throws Exception {
        assertThat(status(request(false))).isEqualTo(200);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(draining.isDraining()).isTrue();
            var fresh = new MockHttpServletResponse();
            draining.doFilter(request(false), fresh, new MockFilterChain());
            assertThat(fresh.getStatus()).isEqualTo(503);
            assertThat(fresh.getHeader("Retry-After")).isEqualTo("1");
            assertThat(status(request(true))).as("an open session is still served").isEqualTo(200);
            var health = request(false);
            health.setRequestURI("/actuator/health/readiness");
            assertThat(status(health)).as("health stays reachable").isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(draining.isDraining()).isFalse();
    }

    private static MockHttpServletRequest request(boolean withSession) {
        var request = new MockHttpServletRequest("GET", "/seminars");
        if (withSession) {
            request.getSession(true);
        }
        return request;
    }

    private int status(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        draining.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
