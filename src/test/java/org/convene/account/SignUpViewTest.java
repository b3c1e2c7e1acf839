package org.convene.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.convene.KaribuTest;
import org.convene.account.ui.LoginView;
import org.convene.account.ui.SignUpView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignUpViewTest extends KaribuTest {

    @BeforeEach
    void openSignUp() {
        UI.getCurrent().navigate(SignUpView.class);
    }

    @Test
    void a_new_participant_signs_up_and_is_sent_to_sign_in() {
        var email = uniqueEmail("tomasz");
        fill("Tomasz Nowak", email, PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("account-created")).isVisible()).isTrue();
        assertThat(accounts.exists(email)).isTrue();
    }

    @Test
    void an_email_already_used_gets_a_message_on_the_field_and_no_second_account() {
        var email = aUser("Existing Person");
        fill("Someone Else", email.toUpperCase(), PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        var field = _get(EmailField.class, spec -> spec.withId("signup-email"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("already exists");
        assertThat(_get(SignUpView.class)).isNotNull();
    }

    @Test
    void a_weak_password_gets_a_message_and_nothing_is_stored() {
        var email = uniqueEmail("weak");
        fill("Weak Password", email, "password123", "password123");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        var field = _get(PasswordField.class, spec -> spec.withId("signup-password"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("common or leaked passwords");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void an_invalid_email_and_a_mismatched_confirmation_are_reported() {
        fill("Anna", "anna-at-example", PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        assertThat(_get(EmailField.class, spec -> spec.withId("signup-email")).getErrorMessage()).contains("valid e-mail");

        var email = uniqueEmail("mismatch");
        fill("Anna", email, PASSWORD, PASSWORD + "x");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("signup-confirm")).getErrorMessage()).contains("differ");
        assertThat(accounts.exists(email)).isFalse();
    }

    private void fill(String name, String email, String password, String confirm) {
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), name);
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-confirm")), confirm);
    }
}
