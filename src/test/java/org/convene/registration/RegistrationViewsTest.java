package org.convene.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withApproval;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.registration.ui.CheckInView;
import org.convene.registration.ui.MyRegistrationsView;
import org.convene.registration.ui.ParticipantsView;
import org.convene.registration.ui.QuestionsView;
import org.convene.registration.ui.RegisterView;
import org.convene.registration.ui.RegistrationPanel;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewsTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;
    @Autowired
    RegistrationPanel panel;
    @Autowired
    QuestionService questions;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("View Organiser", Role.ORGANISER);
    }

    @Test
    void a_participant_registers_through_the_form_and_sees_the_confirmation() {
        var seminar = published(aSeminarForm("Form " + UUID.randomUUID(), 30, 10));
        signIn(aUser("Form Participant"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        _get(RegisterView.class);

        fillAndSubmit(true);

        assertThat(_get(Paragraph.class, spec -> spec.withId("reg-status")).getText()).contains("You are registered");
        var mine = registrations.mine(seminar.id()).orElseThrow();
        assertThat(mine.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mine.getCountry()).isEqualTo("IT");
        assertThat(mine.getSector()).isEqualTo(Sector.HEALTH);
    }

    @Test
    void a_required_additional_question_is_asked_in_the_form_checked_and_its_answer_stored() {
        var seminar = published(aSeminarForm("Form questions " + UUID.randomUUID(), 30, 10));
        var track = questions.add(seminar.id(), new QuestionForm(QuestionKind.SINGLE_CHOICE, "Which track?", true,
                java.util.List.of("Prevention", "Treatment")));
        var topics = questions.add(seminar.id(), new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Topics", false,
                java.util.List.of("Cannabis", "Opioids")));
        signIn(aUser("Question Participant"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");

        fillAndSubmit(true);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> trackField = _get(RadioButtonGroup.class, spec -> spec.withId("reg-question-" + track));
        assertThat(trackField.getLabel()).isEqualTo("Which track?");
        assertThat(trackField.isInvalid()).isTrue();
        assertThat(trackField.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(registrations.mine(seminar.id())).isEmpty();

        _setValue(trackField, "Treatment");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> topicsField = _get(CheckboxGroup.class, spec -> spec.withId("reg-question-" + topics));
        _setValue(topicsField, java.util.Set.of("Opioids"));
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));

        var mine = registrations.mine(seminar.id()).orElseThrow();
        assertThat(mine.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        signIn(organiser);
        assertThat(organisers.answers(mine.getId())).extracting(QuestionAnswer::answer).containsExactly("Treatment", "Opioids");
    }

    @Test
    void an_organiser_adds_a_question_in_the_questions_view() {
        var seminar = published(aSeminarForm("Questions view " + UUID.randomUUID(), 30, 10));
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/questions");
        _get(QuestionsView.class);
        @SuppressWarnings("unchecked")
        Select<QuestionKind> kind = _get(Select.class, spec -> spec.withId("question-kind"));
        _setValue(kind, QuestionKind.SINGLE_CHOICE);
        _setValue(_get(TextField.class, spec -> spec.withId("question-label")), "Which track?");
        _setValue(_get(TextArea.class, spec -> spec.withId("question-options")), "Only one");
        _click(_get(Button.class, spec -> spec.withId("question-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("question-options")).isInvalid()).isTrue();
        assertThat(questions.questions(seminar.id())).isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("question-options")), "Prevention\nTreatment");
        _click(_get(Button.class, spec -> spec.withId("question-save")));
        @SuppressWarnings("unchecked")
        Grid<RegistrationQuestion> grid = _get(Grid.class, spec -> spec.withId("questions-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(questions.questions(seminar.id()).getFirst().options()).containsExactly("Prevention", "Treatment");
    }

    @Test
    void a_missing_privacy_consent_is_shown_on_the_checkbox_and_nothing_is_stored() {
        var seminar = published(aSeminarForm("No consent " + UUID.randomUUID(), 30, 10));
        signIn(aUser("Hasty Participant"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");

        fillAndSubmit(false);

        var privacy = _get(Checkbox.class, spec -> spec.withId("reg-privacy"));
        assertThat(privacy.isInvalid()).isTrue();
        assertThat(privacy.getErrorMessage()).contains("privacy notice");
        assertThat(registrations.mine(seminar.id())).isEmpty();
    }

    @Test
    void a_closed_seminar_shows_no_form_to_participants_nor_to_visitors() {
        var seminar = published(aSeminarForm("Closing " + UUID.randomUUID(), 30, 10));
        signIn(organiser);
        seminars.cancel(seminar.id(), "Postponed");
        signIn(aUser("Late Participant"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-closed")).getText()).contains("not open");

        signOut();
        UI.getCurrent().navigate("seminars/" + seminar.publicId() + "/register");
        assertThat(_get(Paragraph.class, spec -> spec.withId("register-closed")).getText()).contains("not open");
    }

    @Test
    void a_participant_sees_their_promotion_from_the_waiting_list_in_my_seminars_and_cancels_there() {
        var seminar = published(aSeminarForm("Promoted " + UUID.randomUUID(), 30, 1));
        var holder = aUser("Seat Holder");
        signIn(holder);
        var held = registrations.register(seminar.id(), aRegistrationForm());
        var waiting = aUser("Hopeful Participant");
        signIn(waiting);
        var id = registrations.register(seminar.id(), aRegistrationForm());
        UI.getCurrent().navigate(MyRegistrationsView.class);
        var grid = myGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Waiting list, position 1");

        signIn(holder);
        registrations.cancelMine(held);
        signIn(waiting);
        UI.getCurrent().navigate(MyRegistrationsView.class);
        assertThat(GridKt._getFormatted(myGrid(), 0, "status")).isEqualTo("Confirmed");

        _click((Button) GridKt._getCellComponent(myGrid(), 0, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._getFormatted(myGrid(), 0, "status")).isEqualTo("Cancelled");
        assertThat(registrations.mine(seminar.id()).orElseThrow().getId()).isEqualTo(id);
        assertThat(registrations.mine(seminar.id()).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void an_organiser_approves_selected_registrations_and_declines_one_with_a_reason() {
        var seminar = published(withApproval(aSeminarForm("Approve view " + UUID.randomUUID(), 30, 5)));
        var a = registerAs(aUser("Applicant Alpha"), seminar);
        var b = registerAs(aUser("Applicant Beta"), seminar);
        var c = registerAs(aUser("Applicant Gamma"), seminar);

        signIn(organiser);
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/participants");
        var grid = participantsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        _setValue(_get(TextField.class, spec -> spec.withId("participants-text")), "alpha");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _setValue(_get(TextField.class, spec -> spec.withId("participants-text")), "");
        grid.select(find(grid, a));
        grid.select(find(grid, b));
        _click(_get(Button.class, spec -> spec.withId("participants-approve-selected")));
        assertThat(registrations.findForSystem(a).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.findForSystem(b).orElseThrow().getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);

        clickAction(grid, c, "reject");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("reject-reason")).getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(registrations.findForSystem(c).orElseThrow().getStatus()).isNotEqualTo(RegistrationStatus.REJECTED);
        _setValue(_get(TextField.class, spec -> spec.withId("reject-reason")), "Places are for practitioners");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        var rejected = registrations.findForSystem(c).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("Places are for practitioners");

        _setValue(_get(Select.class, spec -> spec.withId("participants-status")), RegistrationStatus.CONFIRMED);
        assertThat(GridKt._size(participantsGrid())).isEqualTo(2);
    }

    @Test
    void on_a_phone_the_participants_filters_fold_into_a_panel_that_says_how_many_are_set() {
        var seminar = published(aSeminarForm("Phone filters " + UUID.randomUUID(), 30, 5));
        registerAs(aUser("Phone Applicant"), seminar);
        signIn(organiser);
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/participants");
        assertThat(moreFilters().isOpened()).as("a desk, or a width not known").isTrue();

        onAPhone();
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/participants");
        assertThat(moreFilters().isOpened()).isFalse();
        assertThat(moreFilters().getSummaryText()).isEqualTo("More filters");
        _setValue(_get(Select.class, spec -> spec.withId("participants-status")), RegistrationStatus.CONFIRMED);
        _setValue(_get(Select.class, spec -> spec.withId("participants-sector")), Sector.HEALTH);
        assertThat(moreFilters().getSummaryText()).isEqualTo("More filters (2 set)");
        assertThat(GridKt._size(participantsGrid())).isEqualTo(1);
        _setValue(_get(Select.class, spec -> spec.withId("participants-sector")), null);
        assertThat(moreFilters().getSummaryText()).isEqualTo("More filters (1 set)");
    }

    private static com.vaadin.flow.component.details.Details moreFilters() {
        return _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("participants-more-filters"));
    }

    @Test
    void a_participant_cannot_open_the_organiser_views() {
        var seminar = published(aSeminarForm("Guarded view " + UUID.randomUUID(), 30, 5));
        signIn(aUser("Curious Participant"));
        assertAccessDenied(() -> UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/participants"));
        assertAccessDenied(() -> UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/check-in"));
    }

    @Test
    void check_in_finds_a_participant_by_name_and_records_the_arrival() {
        var seminar = published(aSeminarForm("Door " + UUID.randomUUID(), 30, 5));
        var name = "Zoltan Door" + UUID.randomUUID().toString().substring(0, 6);
        var id = registerAs(aUser(name), seminar);
        registerAs(aUser("Other Arrival"), seminar);

        signIn(organiser);
        UI.getCurrent().navigate("organiser/seminars/" + seminar.id() + "/check-in");
        _get(CheckInView.class);
        @SuppressWarnings("unchecked")
        Grid<Registration> grid = _get(Grid.class, spec -> spec.withId("checkin-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "zoltan");
        assertThat(GridKt._size(grid)).isEqualTo(1);

        _click(button(GridKt._getCellComponent(grid, 0, "participant"), "checkin-" + id));
        assertThat(registrations.findForSystem(id).orElseThrow().getAttendedAt()).isNotNull();
        assertThat(button(GridKt._getCellComponent(grid, 0, "participant"), "checkin-" + id).getText()).startsWith("Arrived");

        _click(button(GridKt._getCellComponent(grid, 0, "participant"), "checkin-" + id));
        assertThat(registrations.findForSystem(id).orElseThrow().getAttendedAt()).isNull();
    }

    @Test
    void the_registration_panel_tells_seats_left_and_the_waiting_list_position() {
        var seminar = published(aSeminarForm("Panel " + UUID.randomUUID(), 30, 1));
        signIn(aUser("Panel Visitor"));
        assertThat(panelText(seminar)).isEqualTo("1 seat left.");
        registrations.register(seminar.id(), aRegistrationForm());
        assertThat(panelText(seminar)).isEqualTo("You are registered.");
        signIn(aUser("Panel Latecomer"));
        assertThat(panelText(seminar)).isEqualTo("The seminar is full; nobody is on the waiting list yet.");
        registrations.register(seminar.id(), aRegistrationForm());
        assertThat(panelText(seminar)).isEqualTo("You are on the waiting list, position 1.");
    }

    @Test
    void the_seminar_page_says_the_seats_left_once_and_offers_register_as_its_main_action() {
        var seminar = published(aSeminarForm("Once " + UUID.randomUUID(), 30, 3));
        signIn(aUser("Page Reader"));
        UI.getCurrent().navigate("seminars/" + seminar.publicId());
        var page = _get(org.convene.seminar.ui.SeminarPageView.class).getElement().getOuterHTML();
        assertThat(page.split("3 seats left", -1)).hasSize(2);
        var register = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("panel-register"));
        assertThat(register.getText()).isEqualTo("Register");
        assertThat(register.getClassNames()).contains("convene-button-link");
    }

    // ---------------------------------------------------------------- helpers

    private String panelText(SeminarDetails seminar) {
        var c = panel.create(seminar);
        return ((Paragraph) c.getChildren().findFirst().orElseThrow()).getText();
    }

    private void fillAndSubmit(boolean privacy) {
        _setValue(_get(TextField.class, spec -> spec.withId("reg-organisation")), "Ministero della Salute");
        @SuppressWarnings("unchecked")
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("reg-country"));
        _setValue(country, "IT");
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId("reg-sector"));
        _setValue(sector, Sector.HEALTH);
        _setValue(_get(Checkbox.class, spec -> spec.withId("reg-privacy")), privacy);
        _click(_get(Button.class, spec -> spec.withId("reg-submit")));
    }

    @SuppressWarnings("unchecked")
    private Grid<MyRegistration> myGrid() {
        return _get(Grid.class, spec -> spec.withId("my-registrations"));
    }

    @SuppressWarnings("unchecked")
    private Grid<Registration> participantsGrid() {
        _get(ParticipantsView.class);
        return _get(Grid.class, spec -> spec.withId("participants-grid"));
    }

    private static Registration find(Grid<Registration> grid, long id) {
        for (var i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).getId() == id) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("No row for " + id);
    }

    private static void clickAction(Grid<Registration> grid, long id, String action) {
        for (var i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).getId() == id) {
                _click(button(GridKt._getCellComponent(grid, i, "actions"), "participant-" + action + "-" + id));
                return;
            }
        }
        throw new AssertionError("No row for " + id);
    }

    private static Button button(Component root, String id) {
        if (root instanceof Button b && id.equals(b.getId().orElse(null))) {
            return b;
        }
        return root.getChildren().map(c -> {
            try {
                return button(c, id);
            } catch (AssertionError e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new AssertionError("No button " + id));
    }

    private SeminarDetails published(SeminarForm form) {
        signIn(organiser);
        var id = seminars.create(form);
        seminars.publish(id);
        return seminars.get(id);
    }

    private long registerAs(String email, SeminarDetails seminar) {
        signIn(email);
        return registrations.register(seminar.id(), aRegistrationForm());
    }
}
