package org.convene.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.base.db.SearchWords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-up, profiles, roles. Every method checks who calls it. Confirming an address is
 * {@link EmailVerificationService}'s, forgotten passwords are {@link PasswordResetService}'s, calendar
 * feed links are {@link CalendarTokenService}'s, deleting an account is {@link AccountDeletionService}'s.
 */
@Service
public class AccountService {

    /** Languages the UI is translated into. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountLinks links;
    private final UserSearch search;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                   CurrentUser currentUser, Clock clock, AccountLinks links, UserSearch search) {
        this.users = users;
        this.search = search;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Self sign-up: a participant account, whose address must then be confirmed through the link sent
     * to it. Open to anyone. It never reveals whether an address is registered: when it is, nothing is
     * created, the owner is told by e-mail ({@link SignUpAttemptedForExistingAccount}) and the result
     * is empty; callers must answer the person exactly as for a new account. The password is hashed
     * either way, so the two cases take the same time.
     */
    @Transactional
    public OptionalLong signUp(SignUpForm form, Locale locale) {
        var email = checkNewAccount(form);
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            passwordEncoder.encode(form.password());
            events.publishEvent(new SignUpAttemptedForExistingAccount(existing.get().getId(), clock.instant()));
            return OptionalLong.empty();
        }
        var id = create(form, locale, EnumSet.of(Role.PARTICIPANT), false);
        if (id.isEmpty()) {
            // Two sign-ups with one address at the same moment: the unique key let the other one in and
            // this transaction is spoilt. Sending the form again gets the answer every sign-up gets.
            throw new ConveneException("account.signup.again");
        }
        links.requestVerification(id.getAsLong());
        return id;
    }

    /**
     * An account with the given roles, made by an organiser or the system (the first organiser, the
     * demo data): whoever set it up vouches for the address, so it counts as confirmed.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public long createAccount(SignUpForm form, Locale locale, Set<Role> roles) {
        var email = checkNewAccount(form);
        if (users.existsByEmail(email)) {
            throw ConveneException.onField("email", "account.email.taken");
        }
        return create(form, locale, roles.isEmpty() ? EnumSet.of(Role.PARTICIPANT) : EnumSet.copyOf(roles), true)
                .orElseThrow(() -> ConveneException.onField("email", "account.email.taken"));
    }

    /** Checks a new account's fields; returns the normalised address. */
    private static String checkNewAccount(SignUpForm form) {
        Validation.requireLine(form.displayName(), "displayName", User.NAME_MAX);
        var email = Emails.normalize(form.email());
        if (email.isEmpty()) {
            throw ConveneException.onField("email", "validation.required");
        }
        if (email.length() > User.EMAIL_MAX) {
            throw ConveneException.onField("email", "validation.too-long", User.EMAIL_MAX);
        }
        if (!Emails.isValid(email)) {
            throw ConveneException.onField("email", "account.email.invalid");
        }
        PasswordPolicy.check(form.password(), email).ifPresent(key -> {
            throw ConveneException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        return email;
    }

    /** Stores a checked new account; empty when the address's unique key refused it (a sign-up at the same moment). */
    private OptionalLong create(SignUpForm form, Locale locale, Set<Role> roles, boolean verified) {
        var email = Emails.normalize(form.email());
        var user = new User(email, Validation.requireLine(form.displayName(), "displayName", User.NAME_MAX), passwordEncoder.encode(form.password()), clock.instant());
        user.setRoles(roles);
        if (verified) {
            user.markEmailVerified(clock.instant());
        }
        if (locale != null && LANGUAGES.contains(locale.getLanguage())) {
            user.setLocale(locale);
        }
        if (form.timeZone() != null && !form.timeZone().isBlank()) {
            try {
                user.setTimeZone(ZoneId.of(form.timeZone().strip()));
            } catch (java.time.DateTimeException e) {
                // What the browser reported is no zone Java knows: the profile's default stays.
            }
        }
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            return OptionalLong.empty();
        }
        events.publishEvent(new AccountCreated(user.getId(), email));
        return OptionalLong.of(user.getId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Slice<User> search(String text, Role role, Pageable pageable) {
        var words = SearchWords.of(text);
        if (words.isEmpty()) {
            return users.search(role, pageable);
        }
        return load(search.ids(words, role, pageable, 1), pageable);
    }

    /** The accounts of these ids in their order, as a slice (one id more than the page says whether there is a next). */
    private Slice<User> load(java.util.List<Long> ids, Pageable pageable) {
        var more = pageable.isPaged() && ids.size() > pageable.getPageSize();
        var page = more ? ids.subList(0, pageable.getPageSize()) : ids;
        var byId = users.findAllById(page).stream().collect(Collectors.toMap(User::getId, Function.identity()));
        return new SliceImpl<>(page.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), pageable, more);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public long countWithRole(Role role) {
        return role == null ? users.count() : users.countWithRole(role);
    }

    /** People holding the EXPERT role, for organisers and group coordinators picking members. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORGANISER', 'EXPERT')")
    public Slice<AccountChoice> searchExperts(String text, Pageable pageable) {
        return search(text, Role.EXPERT, pageable).map(AccountChoice::of);
    }

    /** Accounts (with this role, or any) for an organiser's picker, as the picker shows them. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Slice<AccountChoice> choices(String text, Role role, Pageable pageable) {
        return search(text, role, pageable).map(AccountChoice::of);
    }

    /** One account as an organiser's picker shows it (the value the picker starts with); empty when it is gone. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public java.util.Optional<AccountChoice> choice(long userId) {
        return users.findById(userId).map(AccountChoice::of);
    }

    /**
     * Grants and withdraws roles. An organiser cannot take the organiser role from themselves, and
     * the last organiser keeps it: role changes take the organisers' lock first and count in read
     * committed, so two organisers demoting each other at once leave one.
     */
    @Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORGANISER')")
    public void setRoles(long userId, Set<Role> roles) {
        users.lockOrganisers();
        var user = users.findById(userId).orElseThrow(NotFoundException::new);
        if (roles.isEmpty()) {
            throw ConveneException.onField("roles", "account.roles.required");
        }
        if (userId == currentUser.requireId() && !roles.contains(Role.ORGANISER)) {
            throw ConveneException.onField("roles", "account.roles.keep-own-organiser");
        }
        if (user.hasRole(Role.ORGANISER) && !roles.contains(Role.ORGANISER) && users.countWithRole(Role.ORGANISER) <= 1) {
            throw ConveneException.onField("roles", "account.roles.last-organiser");
        }
        if (!user.getRoles().equals(EnumSet.copyOf(roles))) {
            user.setRoles(EnumSet.copyOf(roles));
            user.endSessions();
        }
    }

    @Transactional(readOnly = true)
    public User me() {
        return users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
    }

    @Transactional
    public void updateProfile(String displayName, Locale locale, String timeZone) {
        var user = users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        user.setDisplayName(Validation.requireLine(displayName, "displayName", User.NAME_MAX));
        if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
            throw ConveneException.onField("locale", "account.locale.unsupported");
        }
        user.setLocale(locale);
        user.setTimeZone(parseZone(timeZone));
    }

    /** Remembers the language a signed-in person picked in the language switch. */
    @Transactional
    public void updateLanguage(Locale locale) {
        if (locale == null || !LANGUAGES.contains(locale.getLanguage())) {
            throw ConveneException.onField("locale", "account.locale.unsupported");
        }
        currentUser.get().flatMap(me -> users.findById(me.id())).ifPresent(u -> u.setLocale(locale));
    }

    @Transactional
    public void changePassword(String current, String next) {
        var user = users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        if (current == null || !passwordEncoder.matches(current, user.getPasswordHash())) {
            throw ConveneException.onField("currentPassword", "account.password.wrong");
        }
        PasswordPolicy.check(next, user.getEmail()).ifPresent(key -> {
            throw ConveneException.onField("newPassword", key, PasswordPolicy.MIN_LENGTH);
        });
        user.setPasswordHash(passwordEncoder.encode(next));
    }

    /** Display names for ids, for other modules that keep user ids. Unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
    }

    @Transactional(readOnly = true)
    public Map<Long, User> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() == 1) {
            // One person (each notification): a load by id, whose plan Hibernate keeps; an IN list's is
            // translated again on every call.
            var id = ids.iterator().next();
            return users.findById(id).map(u -> Map.of(id, u)).orElse(Map.of());
        }
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(User::getId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public boolean hasRole(long userId, Role role) {
        return users.findById(userId).map(u -> u.hasRole(role)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return users.existsWithRole(role);
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return users.existsByEmail(Emails.normalize(email));
    }

    static ZoneId parseZone(String zone) {
        try {
            return ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw ConveneException.onField("timeZone", "validation.time-zone");
        }
    }
}
