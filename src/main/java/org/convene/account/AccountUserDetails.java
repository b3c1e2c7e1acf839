package org.convene.account;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.base.security.ConvenePrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them; small and serializable for the session. */
public record AccountUserDetails(long id, String email, String displayName, String passwordHash,
                                 Set<Role> roles, boolean enabled, String language, long securityVersion,
                                 String timeZone)
        implements UserDetails, ConvenePrincipal {

    /** Without a security version (kept for callers from before it existed). */
    public AccountUserDetails(long id, String email, String displayName, String passwordHash,
                              Set<Role> roles, boolean enabled, String language) {
        this(id, email, displayName, passwordHash, roles, enabled, language, 0L, null);
    }

    static AccountUserDetails of(User u) {
        return new AccountUserDetails(u.getId(), u.getEmail(), u.getDisplayName(), u.getPasswordHash(),
                u.getRoles(), u.isEnabled(), u.getLocale().getLanguage(), u.getSecurityVersion(),
                u.getTimeZone().getId());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    @Override
    public java.time.ZoneId zone() {
        try {
            return timeZone == null ? null : java.time.ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "AccountUserDetails[" + id + ", " + email + ", " + roles + "]";
    }

    static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
