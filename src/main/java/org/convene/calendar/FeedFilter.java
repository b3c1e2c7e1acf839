package org.convene.calendar;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.convene.base.cluster.Draining;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The calendar feeds (public and personal) answered early, without Spring Security's chain and Spring MVC: each
 * is a cached document polled by calendar clients far more often than anything else is requested. In
 * {@code FeedBenchmark}'s profile the filters and the dispatch around the controller were three quarters of a
 * feed request's CPU; the bytes were ready.
 *
 * <p>What the full chain gave these URLs, they still have: the security headers (set before this filter), no
 * session and no cookie (nothing here opens one; the calendar chain was stateless and let everyone through: a
 * feed's access is its public path or its secret token), the firewall's protection (only exact paths, as sent,
 * are answered here: a personal feed's name is letters, digits, {@code _} and {@code -} before {@code .ics};
 * any other spelling, and any method but GET and HEAD, goes down the full chain), 503 while the instance drains
 * (left to {@link Draining} down the chain), and the controller's answers, from the same code: 304 and 412 for
 * conditional requests, 400 for an unknown theme, 404 for an unknown token. It runs before Spring Boot's
 * observation filter too (a fifth of a feed request's CPU once the rest was gone): feed requests are not in
 * {@code http.server.requests}, which Convene does not expose anyway (only health is).
 */
final class FeedFilter extends HttpFilter {

    static final String PUBLIC = "/calendar/feeds/public.ics";
    static final String PERSONAL = "/calendar/feeds/personal/";

    private final transient CalendarFeedService feeds;
    private final transient Draining draining;

    FeedFilter(CalendarFeedService feeds, Draining draining) {
        this.feeds = feeds;
        this.draining = draining;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && !draining.isDraining()) {
            var uri = request.getRequestURI();
            var path = uri.substring(request.getContextPath().length());
            if (PUBLIC.equals(path)) {
                CalendarController.servePublicFeed(feeds, request, response);
                return;
            }
            if (path.startsWith(PERSONAL)) {
                var file = path.substring(PERSONAL.length());
                if (CalendarController.name(file).isPresent()) {
                    CalendarController.servePersonalFeed(feeds, file, request, response);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    @Configuration
    static class Registration {

        /**
         * After the security headers and the character encoding filter (both at the highest precedence), before
         * the rest. Spring Boot's observation filter has the same order as this one, but it is auto-configured and
         * so registered after this application's beans; the sort is stable.
         */
        @Bean
        FilterRegistrationBean<FeedFilter> feedFilter(CalendarFeedService feeds, Draining draining) {
            var registration = new FilterRegistrationBean<>(new FeedFilter(feeds, draining));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.addUrlPatterns(PUBLIC, PERSONAL + "*");
            return registration;
        }
    }
}
