package org.convene.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Roles and the enabled flag are copied into the session at sign-in; this checks, at every request
 * of a signed-in person (one primary-key read), that the account still exists, is enabled and has
 * the security version the session signed in with. Otherwise the session ends: the request goes on
 * as a visitor's (so Spring Security sends it to sign in) and open Vaadin UIs, whose session is
 * gone, reload into the login page. Vaadin push messages are checked by the account UI's request
 * interceptor with {@link #isCurrent(Authentication)}.
 */
@Component
public class SessionFreshness extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionFreshness.class);

    private final UserRepository users;

    SessionFreshness(UserRepository users) {
        this.users = users;
    }

    /** False when the signed-in person behind this authentication lost what it says they have (one read of its own). */
    public boolean isCurrent(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountUserDetails details)) {
            return true;
        }
        return users.currentSecurityVersion(details.id()).filter(v -> v == details.securityVersion()).isPresent();
    }

    /** Same, for a security context kept in an HTTP session (Vaadin push requests). */
    public boolean isCurrent(Object sessionSecurityContext) {
        return !(sessionSecurityContext instanceof SecurityContext context) || isCurrent(context.getAuthentication());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!isCurrent(authentication)) {
            log.info("Session of {} ended: roles, enabled flag or account changed since sign-in", authentication.getName());
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
