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
import org.springframework.beans.factory.annotation.Autowired;

class SignUpViewTest extends KaribuTest {

    @Autowired
    EmailVerificationService verification;

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

    /** Issue 10, item 5: the page never tells whether an address has an account; its owner hears of the attempt. */
    @Test
    void an_email_already_used_gets_the_answer_a_new_one_gets_and_its_owner_an_email() {
        var email = aUser("Existing Person");
        fill("Someone Else", email.toUpperCase(), PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("account-created")).isVisible()).isTrue();
        assertThat(accounts.displayNames(java.util.List.of(idOf(email)))).containsValue("Existing Person");
        assertThat(awaitMail(email, "SIGN_UP_ATTEMPT")).contains("tried to create a new Convene account")
                .contains("/forgot-password").doesNotContain("Someone Else");
    }

    @Test
    void a_new_account_gets_a_verification_link_and_is_unconfirmed_until_it_is_opened() {
        var email = uniqueEmail("unconfirmed");
        fill("Unconfirmed Person", email, PASSWORD, PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        assertThat(verification.isEmailVerified(idOf(email))).isFalse();
        assertThat(verification.verifyEmail(verificationToken(email))).isTrue();
        assertThat(verification.isEmailVerified(idOf(email))).isTrue();
    }

    @Test
    void accounts_made_by_the_system_or_an_organiser_count_as_confirmed() {
        assertThat(verification.isEmailVerified(idOf(aUser("Demo Like Person")))).isTrue();
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
