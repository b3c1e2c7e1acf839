package org.convene.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.regex.Pattern;
import org.convene.KaribuTest;
import org.convene.account.ui.ForgotPasswordView;
import org.convene.account.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The forgotten-password journey through the views; the link comes from the queued e-mail. */
class PasswordResetViewTest extends KaribuTest {

    @Autowired
    OutboxRepository outbox;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_person_asks_for_a_link_and_sets_a_new_password_through_it_once() {
        var email = aUser("Reset Through Views");
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), email);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("forgot-sent")).getText()).contains("If an account uses this address");

        // The reaction runs after commit, on its own thread.
        var body = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(
                () -> outbox.findAll().stream().filter(m -> m.getRecipientEmail().equals(email))
                        .filter(m -> m.getKind() == MessageKind.PASSWORD_RESET).findFirst(),
                java.util.Optional::isPresent).orElseThrow().getTextBody();
        var matcher = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(matcher.find()).isTrue();
        var path = "reset-password/" + matcher.group(1);

        UI.getCurrent().navigate(path);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "Brand-new-pass-2027");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-confirm")), "Brand-new-pass-2027");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(passwordEncoder.matches("Brand-new-pass-2027", userDetailsService.loadUserByUsername(email).getPassword())).isTrue();

        UI.getCurrent().navigate(path);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText()).contains("does not work");
        assertThat(_find(PasswordField.class, spec -> spec.withId("reset-password"))).isEmpty();
    }
}
