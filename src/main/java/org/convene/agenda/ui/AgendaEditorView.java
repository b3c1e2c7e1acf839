package org.convene.agenda.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.convene.account.AccountService;
import org.convene.account.Roles;
import org.convene.agenda.AgendaDraft;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.DraftItem;
import org.convene.agenda.ItemForm;
import org.convene.agenda.PersonForm;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.agenda.SpeakerConflictException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.ui.Notifications;
import org.convene.base.ui.SelectionActions;
import org.convene.base.ui.Viewer;
import org.springframework.data.domain.PageRequest;

/**
 * The organisers' agenda editor: one tab per day, the day's items in time order with their rooms,
 * actions on the selected item (edit, duplicate, delete, move earlier or later in its room, shift
 * the rest of the day), rooms and speakers, and publishing.
 */
@Route("organiser/seminars/:id/agenda")
@RolesAllowed(Roles.ORGANISER)
public class AgendaEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 heading = new H2();
    final Span status = new Span();
    final AgendaDayTabs days = new AgendaDayTabs();
    final AgendaItemGrid grid = new AgendaItemGrid((itemId, day, roomId, order) -> reorder(itemId, day, roomId, order, false));
    final Button add = new Button();
    final Button edit = new Button();
    final Button duplicate = new Button();
    final Button delete = new Button();
    final Button earlier = new Button();
    final Button later = new Button();
    final Button shift = new Button();
    final Button roomsButton = new Button();
    final Button peopleButton = new Button();
    final Button publish = new Button();
    /** On a phone, the actions on the selected item in one menu instead of buttons wrapping over five lines. */
    final SelectionActions itemMenu = new SelectionActions("agenda-actions");
    final RouterLink preview = new RouterLink();
    final Paragraph notFound = new Paragraph();
    private final transient AgendaService agendas;
    private final transient RoomsAndPeopleService roomsAndPeople;
    private final transient AgendaPublishingService publishing;
    private final transient AccountService accounts;
    final Paragraph dragHelp = new Paragraph();
    private long seminarId;
    private AgendaDraft draft;

    AgendaEditorView(AgendaService agendas, RoomsAndPeopleService roomsAndPeople, AgendaPublishingService publishing,
                     AccountService accounts) {
        this.agendas = agendas;
        this.roomsAndPeople = roomsAndPeople;
        this.publishing = publishing;
        this.accounts = accounts;
        setSizeFull();
        heading.setId("agenda-heading");
        status.setId("agenda-status");
        days.addSelectedChangeListener(e -> showDay());

        configure(add, "agenda-add", "agenda.add", VaadinIcon.PLUS, e -> openItem(null, false));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configure(edit, "agenda-edit", "action.edit", VaadinIcon.EDIT, e -> selected(i -> openItem(i, false)));
        configure(duplicate, "agenda-duplicate", "agenda.duplicate", VaadinIcon.COPY, e -> selected(i -> openItem(i, true)));
        configure(delete, "agenda-delete", "action.delete", VaadinIcon.TRASH, e -> selected(this::confirmDelete));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        configure(earlier, "agenda-earlier", "agenda.earlier", VaadinIcon.ARROW_UP, e -> selected(i -> move(i, true, false)));
        configure(later, "agenda-later", "agenda.later", VaadinIcon.ARROW_DOWN, e -> selected(i -> move(i, false, false)));
        configure(shift, "agenda-shift", "agenda.shift", VaadinIcon.CLOCK, e -> selected(this::openShift));
        configure(roomsButton, "agenda-rooms", "agenda.rooms", VaadinIcon.BUILDING, e -> openRooms());
        configure(peopleButton, "agenda-people", "agenda.people", VaadinIcon.USERS, e -> openPeople());
        configure(publish, "agenda-publish", "agenda.publish", VaadinIcon.GLOBE, e -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        preview.setId("agenda-preview");
        preview.setText(getTranslation("agenda.preview"));

        grid.addItemDoubleClickListener(e -> openItem(e.getItem(), false));
        grid.asSingleSelect().addValueChangeListener(e -> enableActions());
        dragHelp.setId("agenda-drag-help");
        dragHelp.setText(getTranslation("agenda.drag.help"));
        dragHelp.addClassNames("convene-note", "agenda-drag-help");

        notFound.setId("agenda-editor-not-found");
        notFound.setText(getTranslation("error.not-found"));
        notFound.setVisible(false);

        itemMenu.addActions(edit, duplicate, earlier, later, shift, delete);
        var itemActions = new HorizontalLayout(add, edit, duplicate, earlier, later, shift, delete, itemMenu);
        itemActions.setWrap(true);
        // The menu bar's button is not as tall as a button's box: centred, "Actions" lines up with "New session".
        itemActions.setAlignItems(FlexComponent.Alignment.CENTER);
        var agendaActions = new HorizontalLayout(roomsButton, peopleButton, publish, preview);
        agendaActions.setAlignItems(FlexComponent.Alignment.CENTER);
        agendaActions.setWrap(true);
        add(notFound, heading, status, agendaActions, days, itemActions, dragHelp, grid);
        setFlexGrow(1, grid);
        enableActions();
    }

    private void configure(Button button, String id, String key, VaadinIcon icon,
                           ComponentEventListener<ClickEvent<Button>> l) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(l);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        seminarId = id.get();
        try {
            reload();
        } catch (NotFoundException e) {
            showNotFound();
        }
    }

    private void showNotFound() {
        getChildren().forEach(c -> c.setVisible(false));
        notFound.setVisible(true);
    }

    /** Reads the draft again and redraws, keeping the selected day. */
    void reload() {
        draft = agendas.draft(seminarId);
        var seminar = draft.seminar();
        heading.setText(getTranslation("agenda.editor.title", seminar.title()));
        status.setText(statusText());
        preview.setRoute(AgendaView.class, new RouteParameters(AgendaView.PUBLIC_ID, seminar.publicId()));
        days.show(draft);
        showDay();
    }

    private String statusText() {
        var base = draft.version() == 0 ? getTranslation("agenda.status.never")
                : getTranslation("agenda.status.version", draft.version(),
                        Viewer.instant(draft.publishedAt()));
        return draft.hasUnpublishedChanges() ? base + " " + getTranslation("agenda.status.changes") : base;
    }

    private void showDay() {
        if (draft != null) {
            grid.show(draft, days.selectedDay());
            enableActions();
        }
    }

    private void enableActions() {
        var any = grid.asSingleSelect().getValue() != null;
        for (var b : List.of(edit, duplicate, delete, earlier, later, shift)) {
            itemMenu.enable(b, any);
        }
    }

    private void selected(Consumer<DraftItem> action) {
        var item = grid.asSingleSelect().getValue();
        if (item != null) {
            action.accept(item);
        }
    }

    // ---------------------------------------------------------------- items

    void openItem(DraftItem item, boolean copy) {
        var seminar = draft.seminar();
        var form = new AgendaItemForm(draft.rooms(), draft.people(), seminar.firstDay(), seminar.lastDay(), getLocale());
        var dialog = new Dialog();
        dialog.setId("agenda-item-dialog");
        dialog.setWidth("min(56rem, 95vw)");
        dialog.setHeaderTitle(getTranslation(item == null ? "agenda.add" : copy ? "agenda.duplicate" : "agenda.edit"));
        if (item != null) {
            form.fill(copy ? copyOf(item) : item.toForm());
        } else {
            var start = grid.lastEnd().orElse(days.selectedDay().atTime(9, 0));
            form.fill(new ItemForm("", "", null, start, start.plusHours(1), null, "", "", List.of(), List.of()));
        }
        var target = item == null || copy ? null : item.id();
        form.addSaveListener(e -> saveItem(target, e.getForm(), false, form, dialog));
        form.addCancelListener(e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(form.cancel, form.save);
        dialog.open();
    }

    /** A copy starts where the original ends (the organiser moves it where it belongs). */
    private ItemForm copyOf(DraftItem item) {
        return item.toForm().withTimes(item.endsAt(), item.endsAt().plus(item.duration()));
    }

    private void saveItem(Long itemId, ItemForm form, boolean confirm, AgendaItemForm editor, Dialog dialog) {
        try {
            agendas.saveItem(seminarId, itemId, form, confirm);
        } catch (SpeakerConflictException e) {
            confirmSpeakers(e, () -> saveItem(itemId, form, true, editor, dialog));
            return;
        } catch (ConveneException e) {
            editor.show(e);
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("agenda.saved"));
        reload();
    }

    /** The warning a person in two places gets: confirm to store anyway. */
    private void confirmSpeakers(SpeakerConflictException e, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setId("agenda-speaker-confirm");
        dialog.setHeader(getTranslation("agenda.speaker.conflict.title"));
        dialog.setText(getTranslation(e.getMessageKey(), e.getArgs()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("agenda.speaker.conflict.confirm"));
        dialog.addConfirmListener(c -> onConfirm.run());
        dialog.open();
    }

    private void confirmDelete(DraftItem item) {
        var dialog = new ConfirmDialog();
        dialog.setId("agenda-delete-confirm");
        dialog.setHeader(getTranslation("agenda.delete.title"));
        dialog.setText(getTranslation(draft.newItemIds().contains(item.id()) ? "agenda.delete.text"
                : "agenda.delete.text-published", item.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(c -> {
            agendas.deleteItem(item.id());
            Notifications.success(getTranslation("agenda.deleted"));
            reload();
        });
        dialog.open();
    }

    private void move(DraftItem item, boolean toEarlier, boolean confirm) {
        try {
            agendas.move(item.id(), toEarlier, confirm);
        } catch (SpeakerConflictException e) {
            confirmSpeakers(e, () -> move(item, toEarlier, true));
            return;
        }
        reload();
        grid.reselect(item.id());
    }

    private void reorder(long itemId, LocalDate day, Long roomId, List<Long> order, boolean confirm) {
        int moved;
        try {
            moved = agendas.reorder(seminarId, day, roomId, order, confirm);
        } catch (SpeakerConflictException e) {
            confirmSpeakers(e, () -> reorder(itemId, day, roomId, order, true));
            return;
        } catch (ConveneException e) {
            Notifications.refused(this, e);
            reload();
            return;
        }
        Notifications.success(getTranslation("agenda.reordered", moved));
        reload();
        grid.reselect(itemId);
    }

    void openShift(DraftItem item) {
        new ShiftDialog(item, (dialog, minutes) -> shift(item, minutes, false, dialog)).open();
    }

    private void shift(DraftItem item, int minutes, boolean confirm, ShiftDialog dialog) {
        int moved;
        try {
            moved = agendas.shiftFollowing(item.id(), minutes, confirm);
        } catch (SpeakerConflictException e) {
            confirmSpeakers(e, () -> shift(item, minutes, true, dialog));
            return;
        } catch (ConveneException e) {
            dialog.show(e);
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("agenda.shifted", moved));
        reload();
    }

    private void publish() {
        var version = publishing.publish(seminarId);
        Notifications.success(getTranslation("agenda.published", version));
        reload();
    }

    // ---------------------------------------------------------------- rooms and people

    void openRooms() {
        var editor = new RoomsEditor(draft.rooms());
        editor.addSaveListener(e -> saveRoom(editor, e.getRoomId(), e.getName()));
        editor.addDeleteListener(e -> {
            roomsAndPeople.deleteRoom(e.getRoomId());
            reload();
            editor.deleted(draft.rooms());
        });
        var dialog = new Dialog(editor);
        dialog.setId("agenda-rooms-dialog");
        dialog.setHeaderTitle(getTranslation("agenda.rooms"));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void saveRoom(RoomsEditor editor, Long roomId, String name) {
        try {
            roomsAndPeople.saveRoom(seminarId, roomId, name);
        } catch (ConveneException e) {
            editor.show(e);
            return;
        }
        reload();
        editor.saved(draft.rooms());
        Notifications.success(getTranslation("agenda.room.saved"));
    }

    void openPeople() {
        var editor = new PeopleEditor(draft.people(),
                q -> accounts.choices(q.getFilter().orElse(""), null, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                userId -> accounts.choice(userId).orElse(null));
        editor.addSaveListener(e -> savePerson(editor, e.getPersonId(), e.getForm()));
        editor.addDeleteListener(e -> {
            roomsAndPeople.deletePerson(e.getPersonId());
            reload();
            editor.setPeople(draft.people());
        });
        var dialog = new Dialog(editor);
        dialog.setId("agenda-people-dialog");
        dialog.setWidth("min(48rem, 95vw)");
        dialog.setHeaderTitle(getTranslation("agenda.people"));
        dialog.getFooter().add(editor.remove, editor.fresh, new Button(getTranslation("action.close"), e -> dialog.close()),
                editor.save);
        dialog.open();
    }

    private void savePerson(PeopleEditor editor, Long personId, PersonForm form) {
        try {
            roomsAndPeople.savePerson(seminarId, personId, form);
        } catch (ConveneException e) {
            editor.show(e);
            return;
        }
        reload();
        editor.setPeople(draft.people());
        Notifications.success(getTranslation("agenda.person.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.editor.page-title") + " | " + getTranslation("app.name");
    }
}
