package org.convene.agenda.ui;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.agenda.AgendaFixtures.aPerson;
import static org.convene.agenda.AgendaFixtures.anItem;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDragEndEvent;
import com.vaadin.flow.component.grid.dnd.GridDragStartEvent;
import com.vaadin.flow.component.grid.dnd.GridDropEvent;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.convene.KaribuTest;
import org.convene.account.Role;
import org.convene.agenda.DraftItem;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.PersonForm;
import org.convene.agenda.PersonRow;
import org.convene.agenda.RoomRow;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class AgendaEditorViewTest extends KaribuTest {

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;

    long seminarId;
    LocalDateTime day1;
    long roomA;
    long roomB;
    long eleni;

    @BeforeEach
    void anOrganiserOpensTheEditor() {
        signIn(aUser("Editor Organiser", Role.ORGANISER));
        seminarId = seminars.create(aSeminarForm("Editor " + UUID.randomUUID(), 30, 40));
        day1 = seminars.get(seminarId).startsAt().toLocalDate().atStartOfDay();
        roomA = roomsAndPeople.saveRoom(seminarId, null, "Sala Mattarella");
        roomB = roomsAndPeople.saveRoom(seminarId, null, "Sala Martorana");
        eleni = roomsAndPeople.savePerson(seminarId, null, aPerson("Ελένη Παπαδοπούλου"));
        open();
    }

    @Test
    void an_organiser_adds_a_session_through_the_dialog() {
        _click(_get(Button.class, spec -> spec.withId("agenda-add")));
        fill("Opening plenary", LocalTime.of(9, 0), LocalTime.of(10, 30), "Sala Mattarella");
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        var grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Opening plenary");
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::startsAt).containsExactly(day1.withHour(9));
        _assertNone(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("agenda-item-dialog"));
    }

    @Test
    void a_room_conflict_is_refused_on_the_start_field_naming_the_other_session() {
        agendas.saveItem(seminarId, null, anItem("Keynote on human rights", day1.withHour(9), 60, roomA), false);
        open();

        _click(_get(Button.class, spec -> spec.withId("agenda-add")));
        fill("Clashing panel", LocalTime.of(9, 30), LocalTime.of(10, 30), "Sala Mattarella");
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        var start = _get(TimePicker.class, spec -> spec.withId("item-start"));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).contains("Keynote on human rights");
        assertThat(agendas.draft(seminarId).items()).hasSize(1);
    }

    @Test
    void a_speaker_in_two_places_is_warned_and_saved_after_confirming() {
        agendas.saveItem(seminarId, null, anItem("Panel A", day1.withHour(9), 60, roomA, List.of(eleni)), false);
        open();

        _click(_get(Button.class, spec -> spec.withId("agenda-add")));
        fill("Workshop B", LocalTime.of(9, 30), LocalTime.of(10, 30), "Sala Martorana");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PersonRow> speakers = _get(MultiSelectComboBox.class, spec -> spec.withId("item-speakers"));
        _setValue(speakers, Set.copyOf(speakers.getListDataView().getItems().filter(p -> p.id() == eleni).toList()));
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        var warning = _get(ConfirmDialog.class, spec -> spec.withId("agenda-speaker-confirm"));
        assertThat(ConfirmDialogKt._getText(warning)).contains("Ελένη Παπαδοπούλου").contains("Panel A");
        assertThat(agendas.draft(seminarId).items()).hasSize(1);

        ConfirmDialogKt._fireConfirm(warning);
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title).containsExactly("Panel A", "Workshop B");
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void shifting_the_following_sessions_moves_the_rest_of_the_day() {
        agendas.saveItem(seminarId, null, anItem("Welcome", day1.withHour(9), 30, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(10), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(11), 60, roomB), false);
        open();

        grid().select(GridKt._get(grid(), 1));
        _click(_get(Button.class, spec -> spec.withId("agenda-shift")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("agenda-shift-minutes")), 0);
        _click(_get(Button.class, spec -> spec.withId("agenda-shift-apply")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("agenda-shift-minutes")).getErrorMessage())
                .isEqualTo("Enter a number of minutes between -720 and 720, not 0.");
        _setValue(_get(IntegerField.class, spec -> spec.withId("agenda-shift-minutes")), 20);
        _click(_get(Button.class, spec -> spec.withId("agenda-shift-apply")));

        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Welcome@09:00", "Panel@10:20", "Workshop@11:20");
    }

    @Test
    void moving_a_session_earlier_and_duplicating_and_deleting_one() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Coffee", day1.withHour(10), 30, roomA), false);
        open();

        grid().select(GridKt._get(grid(), 1));
        _click(_get(Button.class, spec -> spec.withId("agenda-earlier")));
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Coffee@09:00", "Keynote@09:30");

        grid().select(GridKt._get(grid(), 1));
        _click(_get(Button.class, spec -> spec.withId("agenda-duplicate")));
        assertThat(_get(TextField.class, spec -> spec.withId("item-title")).getValue()).isEqualTo("Keynote");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Coffee@09:00", "Keynote@09:30", "Keynote@10:30");

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("agenda-delete")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agenda-delete-confirm")));
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title).containsExactly("Keynote", "Keynote");
    }

    @Test
    void on_a_phone_the_actions_on_the_selected_session_sit_in_one_menu() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Coffee", day1.withHour(10), 30, roomA), false);
        onAPhone();
        open();
        var view = _get(AgendaEditorView.class);
        assertThat(view.itemMenu.isVisible()).isTrue();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.add.isVisible()).as("a new session stays a button").isTrue();
        assertThatThrownBy(() -> _clickItemWithID(view.itemMenu, "agenda-earlier-item")).as("nothing selected")
                .hasMessageContaining("is not enabled");

        grid().select(GridKt._get(grid(), 1));
        _clickItemWithID(view.itemMenu, "agenda-earlier-item");
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Coffee@09:00", "Keynote@09:30");

        grid().select(GridKt._get(grid(), 0));
        _clickItemWithID(view.itemMenu, "agenda-delete-item");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agenda-delete-confirm")));
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title).containsExactly("Keynote");
    }

    @Test
    void dragging_a_session_above_another_of_its_room_reorders_the_room_and_times_follow() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(9), 60, roomB), false);
        agendas.saveItem(seminarId, null, anItem("Coffee", day1.withHour(10).withMinute(15), 30, roomA), false);
        open();
        var grid = grid();
        assertThat(grid.isRowsDraggable()).isTrue();
        assertThat(grid.getDropMode()).isEqualTo(GridDropMode.BETWEEN);

        fireDragAndDrop(grid, row("Coffee"), row("Keynote"), GridDropLocation.ABOVE);

        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Workshop@09:00", "Coffee@09:00", "Keynote@09:45");
        assertThat(grid.asSingleSelect().getValue().title()).isEqualTo("Coffee");
        NotificationsKt.expectNotifications("2 sessions moved.");
    }

    @Test
    void dropping_below_a_session_of_another_room_moves_it_into_that_room_and_a_refusal_is_shown() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(9), 45, roomB), false);
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(10), 60, roomB), false);
        open();
        var view = _get(AgendaEditorView.class);

        view.grid.drop(row("Keynote"), row("Workshop"), GridDropLocation.BELOW);

        assertThat(agendas.draft(seminarId).items())
                .extracting(i -> i.title() + "@" + i.startsAt().toLocalTime() + (i.roomId() == roomB ? " B" : " A"))
                .containsExactly("Workshop@09:00 B", "Keynote@10:00 B", "Panel@11:00 B");
        NotificationsKt.clearNotifications();

        // Someone else deletes a session meanwhile: the editor's list is stale, nothing is stored.
        var panel = row("Panel");
        agendas.deleteItem(agendas.draft(seminarId).items().stream().filter(i -> i.title().equals("Workshop"))
                .findFirst().orElseThrow().id());
        view.grid.drop(panel, row("Workshop"), GridDropLocation.ABOVE);
        NotificationsKt.expectNotifications("The agenda changed in the meantime: the new order was not stored. Look at it again and retry.");
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Keynote@10:00", "Panel@11:00");
    }

    @Test
    void a_drop_that_puts_a_speaker_in_two_places_asks_before_storing() {
        agendas.saveItem(seminarId, null, anItem("Keynote", day1.withHour(9), 60, roomA), false);
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(10), 60, roomA, List.of(eleni)), false);
        agendas.saveItem(seminarId, null, anItem("Workshop", day1.withHour(9), 60, roomB, List.of(eleni)), false);
        open();

        fireDragAndDrop(grid(), row("Panel"), row("Keynote"), GridDropLocation.ABOVE);

        var warning = _get(ConfirmDialog.class, spec -> spec.withId("agenda-speaker-confirm"));
        assertThat(ConfirmDialogKt._getText(warning)).contains("Ελένη Παπαδοπούλου").contains("Workshop");
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Keynote@09:00", "Workshop@09:00", "Panel@10:00");
        ConfirmDialogKt._fireConfirm(warning);
        assertThat(agendas.draft(seminarId).items()).extracting(i -> i.title() + "@" + i.startsAt().toLocalTime())
                .containsExactly("Panel@09:00", "Workshop@09:00", "Keynote@10:00");
    }

    @Test
    void publishing_shares_the_agenda_and_the_status_says_which_version() {
        agendas.saveItem(seminarId, null, anItem("Panel", day1.withHour(9), 60, roomA), false);
        open();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("agenda-status")).getText())
                .contains("Not published yet");

        _click(_get(Button.class, spec -> spec.withId("agenda-publish")));

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("agenda-status")).getText())
                .contains("Version 1 published");
        var publicId = seminars.get(seminarId).publicId();
        assertThat(publishing.published(publicId).orElseThrow().entries()).extracting(e -> e.title()).containsExactly("Panel");
    }

    @Test
    void sessions_left_outside_the_days_after_a_reschedule_get_their_own_tab_and_block_publishing() {
        agendas.saveItem(seminarId, null, anItem("Early panel", day1.withHour(9), 60, roomA), false);
        var seminar = seminars.get(seminarId);
        var page = seminars.editable(seminarId);
        seminars.update(seminarId, org.convene.seminar.SeminarFixtures.withTimes(org.convene.seminar.SeminarForm.of(page),
                seminar.startsAt().plusDays(2), seminar.endsAt().plusDays(2)));
        open();

        var tab = _get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("agenda-day-" + day1.toLocalDate()));
        assertThat(tab.getLabel()).contains("⚠");
        assertThatThrownBy(() -> _click(_get(Button.class, spec -> spec.withId("agenda-publish"))))
                .hasMessageContaining("agenda.item.outside-dates-named").hasMessageContaining("Early panel");
        assertThat(publishing.published(seminar.publicId()).orElseThrow().isPublished()).isFalse();
    }

    @Test
    void rooms_are_managed_in_their_dialog() {
        _click(_get(Button.class, spec -> spec.withId("agenda-rooms")));
        _setValue(_get(TextField.class, spec -> spec.withId("rooms-name")), "Foyer");
        _click(_get(Button.class, spec -> spec.withId("rooms-save")));
        _setValue(_get(TextField.class, spec -> spec.withId("rooms-name")), "sala mattarella");
        _click(_get(Button.class, spec -> spec.withId("rooms-save")));

        assertThat(_get(TextField.class, spec -> spec.withId("rooms-name")).getErrorMessage()).contains("already has a room");
        assertThat(agendas.draft(seminarId).rooms()).extracting(RoomRow::name)
                .containsExactly("Sala Mattarella", "Sala Martorana", "Foyer");
    }

    @Test
    void saving_a_session_with_several_problems_marks_every_bad_field_at_once_and_keeps_what_was_typed() {
        _click(_get(Button.class, spec -> spec.withId("agenda-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("item-title")), " ");
        _setValue(_get(TimePicker.class, spec -> spec.withId("item-start")), LocalTime.of(11, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("item-end")), LocalTime.of(10, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("item-link")), "ftp://files.example.org");
        _setValue(_get(TextArea.class, spec -> spec.withId("item-description")), "Round table with the national focal points");
        _click(_get(Button.class, spec -> spec.withId("item-save")));

        assertInvalid(_get(TextField.class, spec -> spec.withId("item-title")), "Please fill in this field.");
        assertInvalid(_get(TimePicker.class, spec -> spec.withId("item-end")), "after the start");
        assertInvalid(_get(TextField.class, spec -> spec.withId("item-link")), "https://");
        assertThat(_get(TimePicker.class, spec -> spec.withId("item-start")).isInvalid()).isFalse();
        assertThat(_get(TextArea.class, spec -> spec.withId("item-description")).getValue())
                .isEqualTo("Round table with the national focal points");
        assertThat(_get(TimePicker.class, spec -> spec.withId("item-end")).getValue()).isEqualTo(LocalTime.of(10, 0));
        assertThat(agendas.draft(seminarId).items()).isEmpty();

        // Putting the end after the start settles that field at once; a title and a web link then save it.
        _setValue(_get(TimePicker.class, spec -> spec.withId("item-end")), LocalTime.of(12, 0));
        assertThat(_get(TimePicker.class, spec -> spec.withId("item-end")).isInvalid()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("item-title")), "Round table");
        _setValue(_get(TextField.class, spec -> spec.withId("item-link")), "https://meet.example.org/round");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(agendas.draft(seminarId).items()).extracting(DraftItem::title).containsExactly("Round table");
    }

    @Test
    void the_people_dialog_marks_a_missing_name_and_an_over_long_affiliation_at_once_and_keeps_the_bio() {
        _click(_get(Button.class, spec -> spec.withId("agenda-people")));
        _setValue(_get(TextField.class, spec -> spec.withId("people-affiliation")), "x".repeat(PersonForm.AFFILIATION_MAX + 1));
        _setValue(_get(TextArea.class, spec -> spec.withId("people-bio")), "Epidemiologist, Athens");
        _click(_get(Button.class, spec -> spec.withId("people-save")));

        assertInvalid(_get(TextField.class, spec -> spec.withId("people-name")), "Please fill in this field.");
        assertInvalid(_get(TextField.class, spec -> spec.withId("people-affiliation")),
                "At most " + PersonForm.AFFILIATION_MAX + " characters.");
        assertThat(_get(TextArea.class, spec -> spec.withId("people-bio")).getValue()).isEqualTo("Epidemiologist, Athens");
        assertThat(agendas.draft(seminarId).people()).extracting(PersonRow::name).containsExactly("Ελένη Παπαδοπούλου");
    }

    @Test
    void the_rooms_dialog_marks_a_blank_name_before_asking_the_service() {
        _click(_get(Button.class, spec -> spec.withId("agenda-rooms")));
        _setValue(_get(TextField.class, spec -> spec.withId("rooms-name")), "   ");
        _click(_get(Button.class, spec -> spec.withId("rooms-save")));
        assertInvalid(_get(TextField.class, spec -> spec.withId("rooms-name")), "Please fill in this field.");
        assertThat(agendas.draft(seminarId).rooms()).hasSize(2);
    }

    private static void assertInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid: %s", field).isTrue();
        assertThat(field.getErrorMessage()).contains(message);
    }

    @Test
    void a_participant_cannot_open_the_editor() {
        signIn(aUser("Curious Participant"));
        assertAccessDenied(() -> UI.getCurrent().navigate(AgendaEditorView.class,
                new RouteParameters("id", String.valueOf(seminarId))));
        _assertNone(AgendaEditorView.class);
    }

    private DraftItem row(String title) {
        var grid = grid();
        for (var i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).title().equals(title)) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("no row " + title);
    }

    /**
     * Fires the events the browser's grid sends for a drag and drop (Karibu has no helper for it):
     * the same event classes, built from the keys the grid gave its rows.
     */
    private static void fireDragAndDrop(Grid<DraftItem> grid, DraftItem dragged, DraftItem target,
                                        GridDropLocation location) {
        var keys = grid.getDataCommunicator().getKeyMapper();
        var json = JsonNodeFactory.instance;
        var draggedItems = json.arrayNode().add(json.objectNode().put("key", keys.key(dragged)));
        ComponentUtil.fireEvent(grid, new GridDragStartEvent<>(grid, true, json.objectNode().set("draggedItems", draggedItems)));
        ComponentUtil.fireEvent(grid, new GridDropEvent<>(grid, true, json.objectNode().put("key", keys.key(target)),
                location.getClientName(), json.arrayNode()));
        ComponentUtil.fireEvent(grid, new GridDragEndEvent<>(grid, true));
    }

    private void open() {
        UI.getCurrent().navigate(AgendaEditorView.class, new RouteParameters("id", String.valueOf(seminarId)));
    }

    @SuppressWarnings("unchecked")
    private Grid<DraftItem> grid() {
        return _get(Grid.class, spec -> spec.withId("agenda-grid"));
    }

    @SuppressWarnings("unchecked")
    private void fill(String title, LocalTime start, LocalTime end, String roomName) {
        _setValue(_get(TextField.class, spec -> spec.withId("item-title")), title);
        _setValue(_get(TimePicker.class, spec -> spec.withId("item-start")), start);
        _setValue(_get(TimePicker.class, spec -> spec.withId("item-end")), end);
        Select<RoomRow> room = _get(Select.class, spec -> spec.withId("item-room"));
        _setValue(room, room.getListDataView().getItems().filter(r -> r.name().equals(roomName)).findFirst().orElseThrow());
    }
}
