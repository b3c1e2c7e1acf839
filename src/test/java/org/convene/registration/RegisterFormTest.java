package org.convene.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registration form (issue 11, item 3): one Submit shows every problem on its field and keeps what was typed. */
class RegisterFormTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;
    @Autowired
    SeminarService seminars;
    @Autowired
    QuestionService questions;

    @Test
    void a_registration_with_several_problems_marks_every_bad_field_at_once_and_keeps_what_was_typed() {
        var seminar = published("Several problems");
        var question = questions.add(seminar.id(), new QuestionForm(QuestionKind.SHORT_TEXT, "Your role?", true, List.of()));
        signIn(aUser("First Time Registrant"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        _setValue(_get(TextField.class, spec -> spec.withId("reg-organisation")), "Istituto Superiore di Sanità");
        _setValue(_get(TextArea.class, spec -> spec.withId("reg-dietary")), "Vegetarian");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));

        assertInvalid(_get(ComboBox.class, spec -> spec.withId("reg-country")), "Please fill in this field.");
        assertInvalid(_get(Select.class, spec -> spec.withId("reg-sector")), "Please fill in this field.");
        assertInvalid(_get(Checkbox.class, spec -> spec.withId("reg-privacy")), "privacy notice");
        assertInvalid(_get(TextField.class, spec -> spec.withId("reg-question-" + question)), "Please fill in this field.");
        assertThat(_get(TextField.class, spec -> spec.withId("reg-organisation")).isInvalid()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("reg-organisation")).getValue()).isEqualTo("Istituto Superiore di Sanità");
        assertThat(_get(TextArea.class, spec -> spec.withId("reg-dietary")).getValue()).isEqualTo("Vegetarian");
        assertThat(registrations.mine(seminar.id())).isEmpty();
    }

    @Test
    void a_visitors_account_fields_and_registration_fields_are_all_marked_at_once() {
        var seminar = published("Visitor problems");
        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        var email = uniqueEmail("visitor");
        _setValue(_get(EmailField.class, spec -> spec.withId("reg-account-email")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-account-password")), "short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reg-account-confirm")), "shorter");
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));

        assertInvalid(_get(TextField.class, spec -> spec.withId("reg-account-name")), "Please fill in this field.");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("reg-account-password")), "at least 10 characters");
        assertInvalid(_get(PasswordField.class, spec -> spec.withId("reg-account-confirm")), "The two passwords differ.");
        assertInvalid(_get(ComboBox.class, spec -> spec.withId("reg-country")), "Please fill in this field.");
        assertInvalid(_get(Checkbox.class, spec -> spec.withId("reg-privacy")), "privacy notice");
        assertThat(_get(EmailField.class, spec -> spec.withId("reg-account-email")).isInvalid()).isFalse();
        assertThat(_get(EmailField.class, spec -> spec.withId("reg-account-email")).getValue()).isEqualTo(email);
        assertThat(accounts.exists(email)).isFalse();
    }

    private SeminarDetails published(String title) {
        signIn(aUser("Form Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm(title + " " + UUID.randomUUID(), 30, 10));
        seminars.publish(id);
        return seminars.get(id);
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid: %s", field).isTrue();
        assertThat(field.getErrorMessage()).contains(message);
    }
}
