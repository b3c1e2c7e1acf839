package org.convene.account;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling with Bucket4j token buckets, per submitted e-mail and per client address: each
 * failed sign-in takes a token; with none left, sign-in attempts are refused for a while with the
 * very answer a wrong password gets, whether or not the account exists (the key is what was typed).
 * Per e-mail: 5 failures, then one more per minute, at most 20 an hour. Per address: 20 failures,
 * then one more every 6 seconds, at most 100 an hour. The buckets live in bounded LRU maps (no
 * growth without bound); with several instances each counts its own (documented in the README).
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_KEYS = 50_000;

    private final Map<String, Bucket> accounts = lru();
    private final Map<String, Bucket> addresses = lru();

    private static Map<String, Bucket> lru() {
        return java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        });
    }

    private static Bucket accountBucket() {
        return Bucket.builder()
                .addLimit(l -> l.capacity(5).refillGreedy(1, Duration.ofMinutes(1)))
                .addLimit(l -> l.capacity(20).refillGreedy(20, Duration.ofHours(1)))
                .build();
    }

    private static Bucket addressBucket() {
        return Bucket.builder()
                .addLimit(l -> l.capacity(20).refillGreedy(10, Duration.ofMinutes(1)))
                .addLimit(l -> l.capacity(100).refillGreedy(100, Duration.ofHours(1)))
                .build();
    }

    private Bucket account(String email) {
        return accounts.computeIfAbsent(Emails.normalize(email), k -> accountBucket());
    }

    private Bucket address(String address) {
        return addresses.computeIfAbsent(address == null ? "?" : address, k -> addressBucket());
    }

    /** True when sign-in attempts for this e-mail from this address are refused for now. */
    public boolean isThrottled(String email, String address) {
        return account(email).getAvailableTokens() <= 0 || address(address).getAvailableTokens() <= 0;
    }

    /** A failed attempt takes a token from both buckets. */
    public void failed(String email, String address) {
        account(email).tryConsume(1);
        address(address).tryConsume(1);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        if (isThrottled(email == null ? "" : email, request.getRemoteAddr())) {
            log.info("Sign-in refused for now (too many failures) from {}", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
        // The form login answers a failure by sending back to the login page with "error".
        var location = response.getHeader("Location");
        if (location != null && location.contains("/login?error")) {
            failed(email == null ? "" : email, request.getRemoteAddr());
        }
    }
}
