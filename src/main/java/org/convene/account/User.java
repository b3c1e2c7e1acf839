package org.convene.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.convene.base.AbstractEntity;

/** A person with an account: organiser, expert, participant, or several of these. */
@Entity
@Table(name = "app_user")
public class User extends AbstractEntity {

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "locale", nullable = false, length = 10)
    private String locale = "en";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "Europe/Paris";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "calendar_token_hash", length = 64)
    private String calendarTokenHash;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    /** See V102: sessions carry the value they signed in with. */
    @Column(name = "security_version", nullable = false)
    private long securityVersion;

    protected User() {
    }

    User(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Whether a personal calendar feed link exists (its token itself is not stored). */
    public boolean hasCalendarFeed() {
        return calendarTokenHash != null;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    /** Every session of this person ends at its next request; they sign in again with the new rights. */
    void endSessions() {
        securityVersion++;
    }

    void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void setCalendarTokenHash(String hash) {
        this.calendarTokenHash = hash;
    }

    void markEmailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
