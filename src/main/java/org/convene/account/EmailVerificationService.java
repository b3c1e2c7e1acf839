package org.convene.account;

import java.time.Duration;
import org.convene.base.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming an address through the link sent to it, and sending that link again. Sign-up sends the
 * first one ({@link AccountService#signUp}).
 */
@Service
public class EmailVerificationService {

    /** How long an e-mail verification link works. */
    public static final Duration VERIFY_VALIDITY = Duration.ofHours(48);

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final AccountLinks links;

    EmailVerificationService(UserRepository users, CurrentUser currentUser, AccountLinks links) {
        this.users = users;
        this.currentUser = currentUser;
        this.links = links;
    }

    /**
     * Confirms the address the link was sent to; false for a malformed, unknown, used or expired link.
     * Publishes {@link EmailVerified} the first time, so that what waited for it (registrations) goes on.
     */
    @Transactional
    public boolean verifyEmail(String token) {
        return links.use(token, AccountToken.Purpose.VERIFY_EMAIL)
                .map(t -> {
                    users.findById(t.getUserId()).ifPresent(links::verified);
                    return true;
                }).orElse(false);
    }

    /**
     * Sends the signed-in person a new verification link, unless their address is confirmed already
     * or a link went out less than a minute ago.
     */
    @Transactional
    public void resendVerification() {
        resendVerification(users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new));
    }

    /**
     * The same for a visitor who gives an address (after the inline sign-up): sends a link only to an
     * unconfirmed account with this address, and says nothing either way.
     */
    @Transactional
    public void resendVerification(String email) {
        users.findByEmail(Emails.normalize(email)).ifPresent(this::resendVerification);
    }

    private void resendVerification(User user) {
        if (user.isEmailVerified() || !user.isEnabled() || links.sentLessThanAMinuteAgo(user, AccountToken.Purpose.VERIFY_EMAIL)) {
            return;
        }
        links.requestVerification(user.getId());
    }

    /** Whether this person's address is confirmed (registrations wait until it is). */
    @Transactional(readOnly = true)
    public boolean isEmailVerified(long userId) {
        return users.findById(userId).map(User::isEmailVerified).orElse(false);
    }
}
