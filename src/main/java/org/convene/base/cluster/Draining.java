package org.convene.base.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A draining instance stops taking new sessions (issue 15). Readiness goes down (Spring Boot does this
 * when the application context starts closing, as on SIGTERM); from then on a request that brings no
 * session of this instance is answered 503 with {@code Retry-After}, which the load balancer retries on
 * another instance, while people who already work here keep being served. When the context closes,
 * {@link #stop()} waits up to {@code convene.drain.timeout} for those sessions to end (the load balancer
 * needs a few seconds to see readiness down anyway); then the web server shuts down gracefully, finishing
 * the requests in progress.
 */
@Component
public class Draining extends OncePerRequestFilter implements SmartLifecycle, HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(Draining.class);

    private final Duration timeout;
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile boolean draining;
    private volatile boolean running;

    Draining(@Value("${convene.drain.timeout:PT0S}") Duration timeout) {
        this.timeout = timeout;
    }

    @EventListener
    void readiness(AvailabilityChangeEvent<ReadinessState> event) {
        var now = event.getState() == ReadinessState.REFUSING_TRAFFIC;
        if (now && !draining) {
            log.info("Draining: readiness down, no new sessions ({} open)", sessions.get());
        }
        draining = now;
    }

    public boolean isDraining() {
        return draining;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (draining && request.getSession(false) == null && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
            response.setHeader("Retry-After", "1");
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        sessions.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        sessions.decrementAndGet();
    }

    public int openSessions() {
        return sessions.get();
    }

    @Override
    public void start() {
        // A restart (Spring's test contexts are stopped and started again when paused) takes traffic again.
        draining = false;
        running = true;
    }

    /** Before the web server stops (a higher phase stops first): let open sessions finish, up to the timeout. */
    @Override
    public void stop() {
        running = false;
        draining = true;
        var deadline = System.nanoTime() + timeout.toNanos();
        while (sessions.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!timeout.isZero()) {
            log.info("Drained: {} sessions still open, stopping", sessions.get());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
