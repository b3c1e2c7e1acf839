package org.convene.account;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One security configuration for Vaadin views and the plain HTTP endpoints. Views declare their
 * access with annotations; services check again with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * No Micrometer observation around each security filter, authentication and authorisation. With the actuator
     * on the class path Spring Security wraps every filter of the chain in an observation (about fifteen a request):
     * 29% of the CPU a calendar-feed request took in FeedBenchmark's profile, for traces nothing collects here.
     * The one observation per request that Spring MVC makes (http.server.requests) stays.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /** The strict firewall, its header checks without regular expressions ({@link org.convene.base.security.Firewall}). */
    @Bean
    org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(org.convene.base.security.Firewall.strict());
    }

    /**
     * Calendar files and feeds ({@code /calendar/**}): public, read by calendar clients that poll and keep no
     * cookies, so their own small chain runs before the main one. Stateless: no session is read or created, no
     * saved request, no CSRF token, no sign-in redirects, no Vaadin rules; every request is anonymous, which is
     * what the controllers serve anyway (a feed's access is its public link or its secret token). The same
     * security headers as the main chain ({@code base.security.SecurityHeaders} sets them first for every
     * response). 8 filters per feed request instead of the main chain's 14.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain calendarFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .headers(SecurityConfiguration::sameHeaders)
                .build();
    }

    private static void sameHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentTypeOptions(c -> { })
                // base.security.SecurityHeaders fixes these first (DENY; the documents' preview opts in to SAMEORIGIN).
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionFreshness sessionFreshness, LoginThrottle loginThrottle)
            throws Exception {
        // Repeated sign-in failures per e-mail and per address are refused for a while, before any check.
        http.addFilterBefore(loginThrottle, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        // Sessions whose roles changed, or whose account is gone, end before any access decision.
        http.addFilterBefore(sessionFreshness, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/images/**", "/styles/**", "/api/public/**").permitAll()
                // Downloads (CSV, PDF, .ics) for signed-in people; each service checks the role itself.
                .requestMatchers("/api/**").authenticated());
        http.headers(SecurityConfiguration::sameHeaders);
        // Addresses no rule names reach Vaadin, which shows its own 404 page (views keep their access
        // annotations; /api/** above stays for signed-in people only).
        return http.with(vaadin(), vaadin -> vaadin.loginView(org.convene.account.ui.LoginView.class, "/")
                .anyRequest(org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll)).build();
    }
}
