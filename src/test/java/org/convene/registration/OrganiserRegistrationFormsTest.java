package org.convene.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.registration.ui.InvitationsView;
import org.convene.registration.ui.QuestionsView;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The organiser's question and invitation forms (issue 11, item 3): every problem at once, on its field. */
class OrganiserRegistrationFormsTest extends KaribuTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    QuestionService questions;
    @Autowired
    InvitationService invitations;

    SeminarDetails seminar;

    @BeforeEach
    void aPublishedSeminar() {
        signIn(aUser("Forms Organiser", Role.ORGANISER));
        var id = seminars.create(aSeminarForm("Organiser forms " + UUID.randomUUID(), 30, 10));
        seminars.publish(id);
        seminar = seminars.get(id);
    }

    @Test
    void a_question_without_a_label_and_with_one_option_marks_both_fields_and_keeps_the_option() {
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/questions");
        _get(QuestionsView.class);
        @SuppressWarnings("unchecked")
        Select<QuestionKind> kind = _get(Select.class, spec -> spec.withId("question-kind"));
        _setValue(kind, QuestionKind.SINGLE_CHOICE);
        _setValue(_get(TextArea.class, spec -> spec.withId("question-options")), "Only one");
        _click(_get(Button.class, spec -> spec.withId("question-save")));

        assertInvalid(_get(TextField.class, spec -> spec.withId("question-label")), "Please fill in this field.");
        assertInvalid(_get(TextArea.class, spec -> spec.withId("question-options")), "at least two");
        assertThat(_get(TextArea.class, spec -> spec.withId("question-options")).getValue()).isEqualTo("Only one");
        assertThat(questions.questions(seminar.id())).isEmpty();
    }

    @Test
    void an_invitation_without_a_name_and_with_a_malformed_address_marks_both_and_keeps_the_organisation() {
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/invitations");
        _get(InvitationsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("inv-email")), "nadia.example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("inv-organisation")), "Ministry of Health");
        _click(_get(Button.class, spec -> spec.withId("inv-submit")));

        assertInvalid(_get(TextField.class, spec -> spec.withId("inv-name")), "Please fill in this field.");
        assertInvalid(_get(TextField.class, spec -> spec.withId("inv-email")), "Enter a valid e-mail address.");
        assertThat(_get(TextField.class, spec -> spec.withId("inv-organisation")).isInvalid()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("inv-organisation")).getValue()).isEqualTo("Ministry of Health");
        assertThat(invitations.page(seminar.id(), PageRequest.of(0, 10)).getTotalElements()).isZero();

        _setValue(_get(TextField.class, spec -> spec.withId("inv-name")), "Nadia Rahimi");
        _setValue(_get(TextField.class, spec -> spec.withId("inv-email")), uniqueEmail("nadia"));
        _click(_get(Button.class, spec -> spec.withId("inv-submit")));
        assertThat(invitations.page(seminar.id(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        assertThat(_get(TextField.class, spec -> spec.withId("inv-name")).getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("inv-name")).isInvalid()).as("emptied, not marked").isFalse();
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid: %s", field).isTrue();
        assertThat(field.getErrorMessage()).contains(message);
    }
}
