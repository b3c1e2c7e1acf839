package org.convene.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Pattern;
import org.convene.KaribuTest;
import org.convene.account.ui.ForgotPasswordView;
import org.convene.account.ui.ProfileView;
import org.convene.account.ui.ResetPasswordView;
import org.convene.account.ui.SignUpView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The account forms (issue 11, item 3): one Save shows every problem on its field and keeps what was typed. */
class AccountFormsTest extends KaribuTest {

    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PasswordResetService passwordReset;

    @Test
    void a_sign_up_with_several_problems_marks_every_bad_field_at_once_and_keeps_what_was_typed() {
        UI.getCurrent().navigate(SignUpView.class);
        var email = uniqueEmail("several").replace("@", "");
        _setValue(_get(TextField.class, spec -> spec.withId("signup-name")), "Ana Lima");
        _setValue(_get(EmailField.class, spec -> spec.withId("signup-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("signup-confirm")), "other");
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));

        assertInvalid(_get(EmailField.class, spec -> spec.withId("signup-email")), "Enter a valid e-mail address");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("signup-password")), "at least 10 characters");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("signup-confirm")), "The two passwords differ.");
        assertValid(_get(TextField.class, spec -> spec.withId("signup-name")));
        assertThat(_get(TextField.class, spec -> spec.withId("signup-name")).getValue()).isEqualTo("Ana Lima");
        assertThat(_get(EmailField.class, spec -> spec.withId("signup-email")).getValue()).isEqualTo(email);
        assertThat(_get(PasswordField.class, spec -> spec.withId("signup-password")).getValue()).isEqualTo("short");
        assertThat(accounts.exists(email)).isFalse();
    }

    @Test
    void an_empty_sign_up_marks_all_four_fields() {
        UI.getCurrent().navigate(SignUpView.class);
        _click(_get(Button.class, spec -> spec.withId("signup-submit")));
        assertInvalid(_get(TextField.class, spec -> spec.withId("signup-name")), "Please fill in this field.");
        assertInvalid(_get(EmailField.class, spec -> spec.withId("signup-email")), "Please fill in this field.");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("signup-password")), "at least 10 characters");
        assertValid(_get(PasswordField.class, spec -> spec.withId("signup-confirm")));
    }

    @Test
    void the_profile_marks_a_blank_name_and_a_missing_zone_at_once_and_the_password_form_both_its_fields() {
        var email = aUser("Profile Forms");
        signIn(email);
        UI.getCurrent().navigate(ProfileView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("profile-name")), "  ");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = _get(ComboBox.class, spec -> spec.withId("profile-time-zone"));
        _setValue(zone, null);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertInvalid(_get(TextField.class, spec -> spec.withId("profile-name")), "Please fill in this field.");
        assertInvalid(zone, "Choose a time zone from the list.");
        assertThat(accounts.displayNames(java.util.List.of(idOf(email)))).containsValue("Profile Forms");

        _setValue(_get(PasswordField.class, spec -> spec.withId("profile-new-password")), "password");
        _click(_get(Button.class, spec -> spec.withId("profile-change-password")));
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("profile-current-password")), "Please fill in this field.");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("profile-new-password")), "at least 10 characters");
        assertThat(_get(PasswordField.class, spec -> spec.withId("profile-new-password")).getValue()).isEqualTo("password");
        assertThat(passwordEncoder.matches(PASSWORD, userDetailsService.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void a_reset_with_a_short_password_and_another_confirmation_marks_both_and_changes_nothing() {
        var email = aUser("Reset Forms");
        passwordReset.requestPasswordReset(email);
        var m = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})").matcher(awaitMail(email, "PASSWORD_RESET"));
        assertThat(m.find()).isTrue();
        UI.getCurrent().navigate("reset-password/" + m.group(1));
        _get(ResetPasswordView.class);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-confirm")), "shorter");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));

        assertInvalid(_get(PasswordField.class, spec -> spec.withId("reset-password")), "at least 10 characters");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("reset-confirm")), "The two passwords differ.");
        assertThat(_get(PasswordField.class, spec -> spec.withId("reset-confirm")).getValue()).isEqualTo("shorter");
        assertThat(passwordEncoder.matches(PASSWORD, userDetailsService.loadUserByUsername(email).getPassword())).isTrue();
    }

    @Test
    void forgot_password_says_a_malformed_address_on_its_field_and_sends_nothing() {
        UI.getCurrent().navigate(ForgotPasswordView.class);
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), "not-an-address");
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        assertInvalid(_get(EmailField.class, spec -> spec.withId("forgot-email")), "Enter a valid e-mail address");
        _assertNone(Paragraph.class, spec -> spec.withId("forgot-sent"));
        assertThat(_get(EmailField.class, spec -> spec.withId("forgot-email")).getValue()).isEqualTo("not-an-address");
    }

    static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid: %s", field).isTrue();
        assertThat(field.getErrorMessage()).contains(message);
    }

    static void assertValid(HasValidation field) {
        assertThat(field.isInvalid()).as("valid: %s", field).isFalse();
    }
}
