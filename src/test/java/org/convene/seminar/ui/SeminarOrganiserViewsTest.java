package org.convene.seminar.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.ui.SeminarUiFixtures.dateTime;
import static org.convene.seminar.ui.SeminarUiFixtures.fillValidForm;
import static org.convene.seminar.ui.SeminarUiFixtures.integerField;
import static org.convene.seminar.ui.SeminarUiFixtures.radio;
import static org.convene.seminar.ui.SeminarUiFixtures.rows;
import static org.convene.seminar.ui.SeminarUiFixtures.seminarGrid;
import static org.convene.seminar.ui.SeminarUiFixtures.textField;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarRow;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class SeminarOrganiserViewsTest extends KaribuTest {

    @Autowired
    SeminarService seminars;

    private String title;

    @BeforeEach
    void signInAsOrganiser() {
        signIn(aUser("Olga Organiser", Role.ORGANISER, Role.PARTICIPANT));
        title = "UI seminar " + UUID.randomUUID();
    }

    @Test
    void saving_an_empty_new_seminar_shows_every_problem_at_once_and_keeps_what_was_typed() {
        openEditor();
        _setValue(textField("seminar-venue-city"), "Palermo");
        save();

        assertInvalid(textField("seminar-title"), "Please fill in this field.");
        assertThat(SeminarUiFixtures.<Object>multiSelect("seminar-themes").isInvalid()).as("themes").isTrue();
        assertThat(SeminarUiFixtures.<Object>multiSelect("seminar-languages").isInvalid()).as("languages").isTrue();
        assertThat(textField("seminar-venue-name").isInvalid()).as("venue name").isTrue();
        assertThat(SeminarUiFixtures.<Object>comboBox("seminar-venue-country").isInvalid()).as("country").isTrue();
        assertThat(dateTime("seminar-starts-at").isInvalid()).as("start").isTrue();
        assertThat(dateTime("seminar-ends-at").isInvalid()).as("end").isTrue();
        assertThat(integerField("seminar-capacity").isInvalid()).as("capacity").isTrue();
        assertThat(dateTime("seminar-registration-opens-at").isInvalid()).as("registration opens").isTrue();
        assertThat(textField("seminar-venue-city").isInvalid()).as("city, filled in").isFalse();
        assertThat(textField("seminar-venue-city").getValue()).isEqualTo("Palermo");
        assertNothingStored();

        fillValidForm(title, 40);
        save();
        assertThat(seminars.search(byTitle(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void capacity_zero_is_shown_on_the_capacity_field_and_nothing_is_stored() {
        openEditor();
        fillValidForm(title, 40);
        _setValue(integerField("seminar-capacity"), 0);
        save();
        assertInvalid(integerField("seminar-capacity"), "The capacity is a whole number from 1 to 100,000.");
        assertNothingStored();
    }

    @Test
    void an_end_before_the_start_is_shown_on_the_end_field_and_nothing_is_stored() {
        openEditor();
        fillValidForm(title, 40);
        var start = dateTime("seminar-starts-at").getValue();
        _setValue(dateTime("seminar-ends-at"), start.minusHours(2));
        save();
        assertInvalid(dateTime("seminar-ends-at"), "The end must be after the start.");
        assertNothingStored();
    }

    @Test
    void registration_closing_after_the_start_is_shown_on_its_field_and_nothing_is_stored() {
        openEditor();
        fillValidForm(title, 40);
        var start = dateTime("seminar-starts-at").getValue();
        _setValue(dateTime("seminar-registration-closes-at"), start.plusHours(1));
        save();
        assertInvalid(dateTime("seminar-registration-closes-at"), "Registration must close before the seminar starts.");
        assertNothingStored();
    }

    @Test
    void an_over_long_title_is_shown_on_the_title_field_and_nothing_is_stored() {
        openEditor();
        fillValidForm(title + "x".repeat(SeminarForm.TITLE_MAX), 40);
        assertThat(textField("seminar-title").getMaxLength()).isEqualTo(SeminarForm.TITLE_MAX);
        save();
        assertInvalid(textField("seminar-title"), "At most 200 characters.");
        assertNothingStored();
    }

    @Test
    void an_in_person_seminar_without_venue_is_refused_on_the_venue_field() {
        openEditor();
        fillValidForm(title, 40);
        _setValue(textField("seminar-venue-name"), "  ");
        save();
        assertInvalid(textField("seminar-venue-name"), "Please fill in this field.");
        assertNothingStored();
    }

    @Test
    void the_format_decides_which_place_fields_are_shown() {
        openEditor();
        var form = _get(SeminarEditorView.class).form;
        _setValue(radio("seminar-format"), SeminarFormat.ONLINE);
        assertThat(form.venueName.isVisible()).isFalse();
        assertThat(form.venueCountry.isVisible()).isFalse();
        assertThat(form.onlineLink.isVisible()).isTrue();
        _setValue(radio("seminar-format"), SeminarFormat.HYBRID);
        assertThat(form.venueName.isVisible()).isTrue();
        assertThat(form.onlineLink.isVisible()).isTrue();
        _setValue(radio("seminar-format"), SeminarFormat.IN_PERSON);
        assertThat(form.venueName.isVisible()).isTrue();
        assertThat(form.onlineLink.isVisible()).isFalse();
    }

    @Test
    void an_organiser_creates_a_seminar_and_publishes_it_from_the_list() {
        openEditor();
        fillValidForm(title, 40);
        save();

        _assertOne(SeminarsView.class);
        NotificationsKt.expectNotifications("Seminar created as a draft.");
        var grid = filterList(title);
        assertThat(rows(grid)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SeminarStatus.DRAFT);
            assertThat(s.venueCity()).isEqualTo("Palermo");
            assertThat(s.timeZone().getId()).isEqualTo("Europe/Rome");
        });
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Draft");

        GridKt._selectRow(grid, 0);
        _click(button("seminars-publish"));

        // The seminar stays selected with its actions: open its page, its agenda, its participants.
        assertThat(grid.asSingleSelect().getValue()).isNotNull().extracting(SeminarRow::status).isEqualTo(SeminarStatus.PUBLISHED);
        assertThat(button("seminars-open").isEnabled()).isTrue();
        assertThat(button("seminars-publish").isEnabled()).isFalse();

        var stored = rows(filterList(title));
        assertThat(stored).singleElement().extracting(SeminarRow::status).isEqualTo(SeminarStatus.PUBLISHED);
        assertThat(seminars.get(stored.getFirst().id()).status()).isEqualTo(SeminarStatus.PUBLISHED);
    }

    @Test
    void an_organiser_edits_a_seminar_and_the_change_is_stored() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        UI.getCurrent().navigate(SeminarEditorView.editUrl(id));
        assertThat(textField("seminar-title").getValue()).isEqualTo(title);
        _setValue(integerField("seminar-capacity"), 45);
        save();
        _assertOne(SeminarsView.class);
        assertThat(seminars.get(id).capacity()).isEqualTo(45);
    }

    @Test
    void duplicating_opens_the_copy_in_the_editor_one_year_later() {
        var original = seminars.create(aSeminarForm(title, 40, 30));
        var grid = filterList(title);
        GridKt._selectRow(grid, 0);
        _click(button("seminars-duplicate"));

        _assertOne(SeminarEditorView.class);
        assertThat(textField("seminar-title").getValue()).isEqualTo(title);
        assertThat(dateTime("seminar-starts-at").getValue())
                .isEqualTo(seminars.get(original).startsAt().plusYears(1));
        var copies = seminars.search(byTitle(), PageRequest.of(0, 10)).getContent();
        assertThat(copies).hasSize(2).allSatisfy(s -> assertThat(s.status()).isEqualTo(SeminarStatus.DRAFT));
    }

    @Test
    void cancelling_asks_for_a_reason_raises_the_sequence_and_shows_the_seminar_as_cancelled() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        seminars.publish(id);
        var before = seminars.get(id).icalSequence();
        var grid = filterList(title);
        GridKt._selectRow(grid, 0);
        _click(button("seminars-cancel"));

        _assertOne(Dialog.class);
        _click(button("seminar-cancel-confirm"));
        var reason = _get(TextArea.class, spec -> spec.withId("seminar-cancel-reason"));
        assertInvalid(reason, "Please fill in this field.");
        assertThat(seminars.get(id).status()).isEqualTo(SeminarStatus.PUBLISHED);

        _setValue(reason, "The venue is closed by the authorities.");
        _click(button("seminar-cancel-confirm"));

        var cancelled = seminars.get(id);
        assertThat(cancelled.status()).isEqualTo(SeminarStatus.CANCELLED);
        assertThat(cancelled.cancellationReason()).isEqualTo("The venue is closed by the authorities.");
        assertThat(cancelled.icalSequence()).isEqualTo(before + 1);
        assertThat(GridKt._getFormatted(filterList(title), 0, "status")).isEqualTo("Cancelled");

        UI.getCurrent().navigate("seminars/" + cancelled.publicId());
        var banner = _get(Div.class, spec -> spec.withId("seminar-cancelled-banner"));
        assertThat(_get(banner, Paragraph.class).getText()).isEqualTo("The venue is closed by the authorities.");
    }

    @Test
    void a_cancelled_seminar_opens_read_only_in_the_editor() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        seminars.cancel(id, "No longer needed");
        UI.getCurrent().navigate(SeminarEditorView.editUrl(id));
        assertThat(textField("seminar-title").isReadOnly()).isTrue();
        assertThat(button("seminar-save").isEnabled()).isFalse();
    }

    @Test
    void the_list_filters_by_status_on_the_server() {
        var draft = seminars.create(aSeminarForm(title + " draft", 40, 30));
        var published = seminars.create(aSeminarForm(title + " published", 40, 30));
        seminars.publish(published);
        var grid = filterList(title);
        assertThat(rows(grid)).extracting(SeminarRow::id).containsExactlyInAnyOrder(draft, published);
        _setValue(_get(SeminarsView.class).status, SeminarStatus.PUBLISHED);
        assertThat(rows(grid)).extracting(SeminarRow::id).containsExactly(published);
    }

    @Test
    void the_filters_besides_the_search_sit_in_a_panel_that_says_how_many_are_set() {
        filterList(title);
        var view = _get(SeminarsView.class);
        // Open where the browser's width is not known (and on a desk); a phone closes it when the view attaches.
        assertThat(view.moreFilters.isOpened()).isTrue();
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters");
        _setValue(view.status, SeminarStatus.PUBLISHED);
        _setValue(view.from, LocalDate.of(2030, 1, 1));
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters (2 set)");
        _setValue(view.status, null);
        assertThat(view.moreFilters.getSummaryText()).isEqualTo("More filters (1 set)");
        assertThat(view.actionsMenu.isVisible()).as("a desk keeps the row of buttons").isFalse();
        assertThat(view.publish.isVisible()).isTrue();
    }

    @Test
    void on_a_phone_the_filters_are_folded_and_the_actions_on_the_selection_sit_in_one_menu() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        onAPhone();
        var grid = filterList(title);
        var view = _get(SeminarsView.class);
        assertThat(view.moreFilters.isOpened()).isFalse();
        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.actionsMenu.isVisible()).isTrue();
        assertThat(_find(view, Button.class)).as("the only button left: a new seminar").containsExactly(view.create);

        // Nothing selected: the menu, like the buttons, does nothing.
        assertThatThrownBy(() -> _clickItemWithID(view.actionsMenu, "seminars-publish-item"))
                .hasMessageContaining("is not enabled");

        GridKt._selectRow(grid, 0);
        _clickItemWithID(view.actionsMenu, "seminars-publish-item");
        NotificationsKt.expectNotifications("“" + title + "” is published.");
        assertThat(seminars.get(id).status()).isEqualTo(SeminarStatus.PUBLISHED);
        assertThatThrownBy(() -> _clickItemWithID(view.actionsMenu, "seminars-publish-item"))
                .as("published already").hasMessageContaining("is not enabled");

        _clickItemWithID(view.actionsMenu, "seminars-cancel-item");
        _assertOne(Dialog.class);
        _click(button("seminar-cancel-keep"));

        _clickItemWithID(view.actionsMenu, "seminars-open-item");
        _assertOne(SeminarPageView.class);
    }

    @Test
    void on_a_phone_the_menu_edits_duplicates_and_opens_what_other_modules_add() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        onAPhone();
        for (var action : Map.of("seminars-edit-item", SeminarEditorView.editUrl(id),
                "seminars-agenda-item", "organiser/seminars/" + id + "/agenda").entrySet()) {
            var grid = filterList(title);
            GridKt._selectRow(grid, 0);
            _clickItemWithID(_get(SeminarsView.class).actionsMenu, action.getKey());
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(action.getValue());
        }

        var grid = filterList(title);
        GridKt._selectRow(grid, 0);
        _clickItemWithID(_get(SeminarsView.class).actionsMenu, "seminars-duplicate-item");
        _assertOne(SeminarEditorView.class);
        assertThat(seminars.search(byTitle(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(2);
    }

    /** The browser says its window is 375 px wide (what a view reads when it attaches). */
    @Test
    void a_participant_is_refused_the_organiser_views_by_url() {
        var id = seminars.create(aSeminarForm(title, 40, 30));
        signIn(aUser("Pia Participant"));
        assertAccessDenied(() -> UI.getCurrent().navigate("organiser/seminars"));
        assertAccessDenied(() -> UI.getCurrent().navigate("organiser/seminars/new"));
        assertAccessDenied(() -> UI.getCurrent().navigate(SeminarEditorView.editUrl(id)));
        _assertNone(SeminarsView.class);
        _assertNone(SeminarEditorView.class);
    }

    private void openEditor() {
        UI.getCurrent().navigate(SeminarEditorView.class);
        _assertOne(SeminarEditorView.class);
    }

    private void save() {
        _click(button("seminar-save"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private com.vaadin.flow.component.grid.Grid<SeminarRow> filterList(String text) {
        UI.getCurrent().navigate(SeminarsView.class);
        _setValue(textField("seminars-filter-text"), text);
        return seminarGrid("seminars-grid");
    }

    private SeminarFilter byTitle() {
        return new SeminarFilter(title, null, null, null, null, null, null, null, true);
    }

    private void assertNothingStored() {
        _assertOne(SeminarEditorView.class);
        assertThat(seminars.search(byTitle(), PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }
}
