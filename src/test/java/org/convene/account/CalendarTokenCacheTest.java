package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.convene.IntegrationTest;
import org.convene.QueryCounter;
import org.convene.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 12: calendar tokens are looked up in the database once per minute, and changes count at once here. */
class CalendarTokenCacheTest extends IntegrationTest {

    @Autowired
    AccountDeletionService accountDeletion;

    @Autowired
    CalendarTokenService calendarTokens;

    @Autowired
    MockMvcTester mvc;

    private String tokenOf(String email) {
        signIn(email);
        try {
            return calendarTokens.regenerate();
        } finally {
            signOut();
        }
    }

    private int status(String token) {
        return mvc.perform(get("/calendar/feeds/personal/" + token + ".ics")).getResponse().getStatus();
    }

    @Test
    void a_token_seen_once_is_not_looked_up_again_until_its_time_is_up() {
        var anna = aUser("Anna Token");
        var token = tokenOf(anna);

        var first = QueryCounter.count(() -> calendarTokens.userIdFor(token));
        assertThat(first.result()).contains(idOf(anna));
        assertThat(first.statements()).isEqualTo(1);

        var again = QueryCounter.count(() -> calendarTokens.userIdFor(token));
        assertThat(again.result()).contains(idOf(anna));
        assertThat(again.statements()).isZero();

        TestClock.INSTANCE.advance(CalendarTokenCache.TTL.plus(Duration.ofSeconds(1)));
        var later = QueryCounter.count(() -> calendarTokens.userIdFor(token));
        assertThat(later.result()).contains(idOf(anna));
        assertThat(later.statements()).isEqualTo(1);
    }

    @Test
    void unknown_tokens_are_not_remembered() {
        var unknown = "u".repeat(43);
        assertThat(calendarTokens.userIdFor(unknown)).isEmpty();
        var again = QueryCounter.count(() -> calendarTokens.userIdFor(unknown));
        assertThat(again.result()).isEmpty();
        assertThat(again.statements()).isEqualTo(1);
    }

    @Test
    void a_revoked_token_gives_404_at_once_on_this_instance() {
        var bruno = aUser("Bruno Token");
        var token = tokenOf(bruno);
        assertThat(status(token)).isEqualTo(200);
        assertThat(status(token)).isEqualTo(200);

        signIn(bruno);
        calendarTokens.revoke();
        signOut();

        assertThat(status(token)).isEqualTo(404);
    }

    @Test
    void a_new_token_replaces_the_cached_one_at_once() {
        var clara = aUser("Clara Token");
        var old = tokenOf(clara);
        assertThat(status(old)).isEqualTo(200);

        var fresh = tokenOf(clara);

        assertThat(status(old)).isEqualTo(404);
        assertThat(status(fresh)).isEqualTo(200);
    }

    @Test
    void a_deleted_accounts_token_gives_404_at_once() {
        var dora = aUser("Dora Token");
        var token = tokenOf(dora);
        assertThat(status(token)).isEqualTo(200);

        signIn(dora);
        accountDeletion.deleteMyAccount(PASSWORD);
        signOut();

        assertThat(calendarTokens.userIdFor(token)).isEmpty();
        assertThat(status(token)).isEqualTo(404);
    }
}
