package org.convene.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.convene.KaribuTest;
import org.convene.home.ui.HomeView;
import org.junit.jupiter.api.Test;

class LanguageSwitchTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_language_switch_changes_the_session_and_the_profile_remembers_it() {
        var email = aUser("Bilingual Person");
        signIn(email);
        UI.getCurrent().navigate(HomeView.class);

        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        _setValue(language, Locale.FRENCH);

        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(accounts.me().getLocale().getLanguage()).isEqualTo("fr");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_visitor_switches_language_for_the_session_only() {
        UI.getCurrent().navigate(HomeView.class);
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        _setValue(language, Locale.FRENCH);
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
    }
}
