package org.convene.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convene.base.ConveneException;
import org.convene.base.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords: a reset link sent to the address, and a new password set through it. */
@Service
public class PasswordResetService {

    /** How long a password reset link works. */
    public static final Duration RESET_VALIDITY = Duration.ofMinutes(60);

    private final UserRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountLinks links;

    PasswordResetService(UserRepository users, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
                         ApplicationEventPublisher events, Clock clock, AccountLinks links) {
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Sends a password reset link if an enabled account has this address. Says nothing either way (no
     * way to find out who has an account), and sends at most one link a minute per account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        var address = Emails.normalize(email);
        if (!Emails.isValid(address)) {
            throw ConveneException.onField("email", "account.email.invalid");
        }
        users.findByEmail(address).filter(User::isEnabled).ifPresent(user -> {
            if (links.sentLessThanAMinuteAgo(user, AccountToken.Purpose.RESET_PASSWORD)) {
                return;
            }
            var token = links.issue(user.getId(), AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
            events.publishEvent(new PasswordResetRequested(user.getId(), token));
        });
    }

    /** Whether a reset link can still be used (the form checks before asking for a password). */
    @Transactional(readOnly = true)
    public boolean isResetTokenUsable(String token) {
        return Tokens.wellFormed(token) && tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.getPurpose() == AccountToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    /** Sets a new password through a reset link, which then stops working (and so do older links). */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        var candidate = Tokens.wellFormed(token) ? tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.getPurpose() == AccountToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.usableAt(clock.instant())) : Optional.<AccountToken>empty();
        var user = candidate.flatMap(t -> users.findById(t.getUserId())).filter(User::isEnabled)
                .orElseThrow(() -> new ConveneException("account.reset.invalid"));
        PasswordPolicy.check(newPassword, user.getEmail()).ifPresent(key -> {
            throw ConveneException.onField("password", key, PasswordPolicy.MIN_LENGTH);
        });
        if (links.use(token, AccountToken.Purpose.RESET_PASSWORD).isEmpty()) {
            throw new ConveneException("account.reset.invalid");
        }
        tokens.useAll(user.getId(), AccountToken.Purpose.RESET_PASSWORD, clock.instant());
        // The token updates cleared the persistence context: change a freshly loaded user.
        var fresh = users.findById(user.getId()).orElseThrow(() -> new ConveneException("account.reset.invalid"));
        fresh.setPasswordHash(passwordEncoder.encode(newPassword));
        // The link reached this address: it is confirmed, like through the verification link.
        links.verified(fresh);
    }
}
