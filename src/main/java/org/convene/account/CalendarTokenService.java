package org.convene.account;

import java.util.Optional;
import org.convene.base.AccessDeniedException;
import org.convene.base.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal calendar feed links: the signed-in person makes or revokes theirs, the feed finds whose a token is. */
@Service
public class CalendarTokenService {

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final CalendarTokenCache calendarTokens;

    CalendarTokenService(UserRepository users, CurrentUser currentUser, CalendarTokenCache calendarTokens) {
        this.users = users;
        this.currentUser = currentUser;
        this.calendarTokens = calendarTokens;
    }

    /**
     * A new secret for the signed-in person's calendar feed link; the previous link stops working at
     * once. Returns the token, which is shown once: only its hash is kept.
     */
    @Transactional
    public String regenerate() {
        var user = users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        var token = Tokens.newToken();
        user.setCalendarTokenHash(Tokens.hash(token));
        calendarTokens.forget(user.getId());
        return token;
    }

    /** Turns the signed-in person's calendar feed link off. */
    @Transactional
    public void revoke() {
        var user = users.findById(currentUser.requireId()).orElseThrow(AccessDeniedException::new);
        user.setCalendarTokenHash(null);
        calendarTokens.forget(user.getId());
    }

    /**
     * Whose calendar feed a token opens: empty for malformed, unknown, revoked tokens and disabled accounts.
     * Answers are kept for {@link CalendarTokenCache#TTL} (no database read per feed request): on this instance
     * a new or revoked token and a deleted account count at once, on other instances within that time, like the
     * rendered feeds.
     */
    public Optional<Long> userIdFor(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return calendarTokens.owner(Tokens.hash(token), users::idForCalendarTokenHash);
    }
}
