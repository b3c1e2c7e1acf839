package org.convene.account;

import java.util.Optional;
import org.convene.base.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, from the security context (the HTTP request's or the Vaadin session's). */
@Component
public class CurrentUser {

    public Optional<AccountUserDetails> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AccountUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }

    public AccountUserDetails require() {
        return get().orElseThrow(AccessDeniedException::new);
    }

    public long requireId() {
        return require().id();
    }

    public boolean hasRole(Role role) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
