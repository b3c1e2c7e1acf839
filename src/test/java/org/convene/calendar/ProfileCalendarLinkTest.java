package org.convene.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.convene.KaribuTest;
import org.convene.account.ui.ProfileView;
import org.convene.account.CalendarTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileCalendarLinkTest extends KaribuTest {

    @Autowired
    CalendarTokenService calendarTokens;

    @Test
    void the_profile_creates_a_feed_link_shown_once_and_a_new_one_revokes_it() {
        var email = aUser("Profile Feed");
        signIn(email);
        UI.getCurrent().navigate(ProfileView.class);

        var generate = _get(Button.class, spec -> spec.withId("profile-calendar-generate"));
        assertThat(_find(TextField.class, spec -> spec.withId("profile-calendar-url"))).as("hidden at first").isEmpty();
        assertThat(generate.getText()).isEqualTo("Create my calendar link");

        _click(generate);
        var first = _get(TextField.class, spec -> spec.withId("profile-calendar-url")).getValue();
        assertThat(first).matches("https?://.+/calendar/feeds/personal/[A-Za-z0-9_-]{43}\\.ics");
        var firstToken = token(first);
        assertThat(calendarTokens.userIdFor(firstToken)).contains(idOf(email));
        assertThat(generate.getText()).isEqualTo("Replace my calendar link");

        // A fresh visit does not show the link again (only its hash is stored) but knows it exists.
        UI.getCurrent().navigate(ProfileView.class);
        assertThat(_find(TextField.class, spec -> spec.withId("profile-calendar-url"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-calendar-state")).getText())
                .contains("You have a calendar link");

        _click(_get(Button.class, spec -> spec.withId("profile-calendar-generate")));
        var second = _get(TextField.class, spec -> spec.withId("profile-calendar-url")).getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(calendarTokens.userIdFor(firstToken)).isEmpty();
        assertThat(calendarTokens.userIdFor(token(second))).contains(idOf(email));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
