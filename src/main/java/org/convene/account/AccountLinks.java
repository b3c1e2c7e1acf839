package org.convene.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convene.base.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one-off links sign-up, e-mail verification and password reset send: issuing, using and rate
 * limiting them. Runs in its callers' transactions.
 */
@Component
class AccountLinks {

    private final AccountTokenRepository tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountLinks(AccountTokenRepository tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a verification link for this account and has it sent ({@link EmailVerificationRequested}). */
    void requestVerification(long userId) {
        var token = issue(userId, AccountToken.Purpose.VERIFY_EMAIL, EmailVerificationService.VERIFY_VALIDITY);
        events.publishEvent(new EmailVerificationRequested(userId, token));
    }

    /** Marks the address confirmed; publishes {@link EmailVerified} the first time. */
    void verified(User user) {
        if (!user.isEmailVerified()) {
            user.markEmailVerified(clock.instant());
            events.publishEvent(new EmailVerified(user.getId()));
        }
    }

    /** At most one link a minute per account and purpose: a flood of requests sends one e-mail. */
    boolean sentLessThanAMinuteAgo(User user, AccountToken.Purpose purpose) {
        return tokens.issuedSince(user.getId(), purpose, clock.instant().minus(Duration.ofMinutes(1)));
    }

    String issue(long userId, AccountToken.Purpose purpose, Duration validity) {
        var token = Tokens.newToken();
        var now = clock.instant();
        tokens.save(new AccountToken(userId, purpose, Tokens.hash(token), now, now.plus(validity)));
        return token;
    }

    /** The token's row if it is well formed, of this purpose and usable; it is used up by this call. */
    Optional<AccountToken> use(String token, AccountToken.Purpose purpose) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Tokens.hash(token))
                .filter(t -> t.getPurpose() == purpose)
                .filter(t -> tokens.use(t.getId(), clock.instant()) == 1);
    }
}
