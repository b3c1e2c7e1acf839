package org.convene.agenda.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.agenda.ItemForm;
import org.convene.agenda.ItemType;
import org.convene.agenda.PersonRow;
import org.convene.agenda.RoomRow;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;

/**
 * Edits one agenda item: what, when (a day of the seminar and two times), where, who. A {@link Binder}
 * shows every problem on its field at once and keeps what was typed; only a form without any fires
 * {@link SaveEvent}, and the service checks everything again (conflicts, daylight-saving gaps).
 */
public class AgendaItemForm extends FormLayout {

    final TextField title = new TextField();
    final Select<ItemType> type = new Select<>();
    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Select<RoomRow> room = new Select<>();
    final MultiSelectComboBox<PersonRow> speakers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PersonRow> chairs = new MultiSelectComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final TextField onlineLink = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final Binder<Draft> binder = new Binder<>();
    private boolean triedSaving;
    /** As the service's limit ({@code AgendaService.MAX_PEOPLE_PER_ITEM}). */
    static final int MAX_PEOPLE = 40;
    private final List<RoomRow> rooms;
    private final Map<Long, PersonRow> people;

    AgendaItemForm(List<RoomRow> rooms, List<PersonRow> people, LocalDate firstDay, LocalDate lastDay, Locale locale) {
        this.rooms = rooms;
        this.people = people.stream().collect(Collectors.toMap(PersonRow::id, Function.identity()));
        title.setId("item-title");
        title.setLabel(getTranslation("agenda.item.title"));
        Limits.limit(title, ItemForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        type.setId("item-type");
        type.setLabel(getTranslation("agenda.item.type"));
        type.setItems(ItemType.values());
        type.setItemLabelGenerator(t -> getTranslation("agenda.type." + t.name()));
        type.setValue(ItemType.PLENARY);
        day.setId("item-day");
        day.setLabel(getTranslation("agenda.item.day"));
        day.setMin(firstDay);
        day.setMax(lastDay);
        day.setLocale(locale);
        start.setId("item-start");
        start.setLabel(getTranslation("agenda.item.start"));
        start.setStep(Duration.ofMinutes(5));
        start.setLocale(locale);
        end.setId("item-end");
        end.setLabel(getTranslation("agenda.item.end"));
        end.setStep(Duration.ofMinutes(5));
        end.setLocale(locale);
        start.addValueChangeListener(e -> keepDuration(e.getOldValue(), e.getValue(), e.isFromClient()));
        room.setId("item-room");
        room.setLabel(getTranslation("agenda.item.room"));
        room.setItems(rooms);
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("agenda.item.no-room"));
        room.setItemLabelGenerator(r -> r == null ? getTranslation("agenda.item.no-room") : r.name());
        for (var picker : List.of(speakers, chairs)) {
            picker.setItems(people);
            picker.setItemLabelGenerator(PersonRow::label);
        }
        speakers.setId("item-speakers");
        speakers.setLabel(getTranslation("agenda.speakers"));
        chairs.setId("item-chairs");
        chairs.setLabel(getTranslation("agenda.chairs"));
        language.setId("item-language");
        language.setLabel(getTranslation("agenda.item.language"));
        language.setItems(Arrays.stream(Locale.getISOLanguages()).sorted(Comparator.comparing(
                (String code) -> Locale.forLanguageTag(code).getDisplayLanguage(locale))).toList());
        language.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale) + " (" + code + ")");
        language.setClearButtonVisible(true);
        onlineLink.setId("item-link");
        onlineLink.setLabel(getTranslation("agenda.item.online-link"));
        Limits.limit(onlineLink, ItemForm.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        description.setId("item-description");
        description.setLabel(getTranslation("agenda.item.description"));
        Limits.limit(description, ItemForm.DESCRIPTION_MAX);
        errors.field("title", title).field("type", type).field("startsAt", start).field("endsAt", end)
                .field("roomId", room).field("language", language).field("onlineLink", onlineLink)
                .field("speakerIds", speakers).field("chairIds", chairs).field("description", description);

        save.setId("item-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        cancel.setId("item-cancel");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        var times = new HorizontalLayout(start, end);
        add(title, type, day, times, room, language, speakers, chairs, onlineLink, description);
        setColspan(description, 2);
        setColspan(onlineLink, 2);
        bind(firstDay, lastDay);
    }

    /** The service's rules, on the fields, all at once; the service has the last word. */
    private void bind(LocalDate firstDay, LocalDate lastDay) {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).withValidator(Rules.line(this, ItemForm.TITLE_MAX, true))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(type).withValidator(Rules.chosen(this)).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(day).withValidator(Rules.chosen(this))
                .withValidator(Rules.rule(this, d -> !d.isBefore(firstDay) && !d.isAfter(lastDay),
                        "agenda.item.outside-dates", firstDay, lastDay))
                .bind(d -> d.day, (d, v) -> d.day = v);
        binder.forField(start).withValidator(Rules.chosen(this)).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).withValidator(Rules.chosen(this))
                .withValidator(Rules.rule(this, t -> start.getValue() == null || t.isAfter(start.getValue()),
                        "agenda.item.end-before-start"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(room).bind(d -> d.room, (d, v) -> d.room = v);
        binder.forField(language).bind(d -> d.language, (d, v) -> d.language = v);
        binder.forField(onlineLink).withValidator(Rules.line(this, ItemForm.LINK_MAX, false))
                .withValidator(Rules.rule(this, l -> l.isBlank() || l.strip().matches("(?i)https?://[^\\s/?#]+.*"),
                        "agenda.link.invalid"))
                .bind(d -> d.onlineLink, (d, v) -> d.onlineLink = v);
        binder.forField(description).withValidator(Rules.text(this, ItemForm.DESCRIPTION_MAX, false))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(speakers).withValidator(Rules.rule(this,
                        s -> s.size() + chairs.getSelectedItems().size() <= MAX_PEOPLE, "agenda.people.too-many", MAX_PEOPLE))
                .bind(d -> d.speakers, (d, v) -> d.speakers = v);
        binder.forField(chairs).bind(d -> d.chairs, (d, v) -> d.chairs = v);
        // A change of one field can settle another's problem (the end after a new start).
        start.addValueChangeListener(e -> revalidateAfterSaveAttempt());
        chairs.addValueChangeListener(e -> revalidateAfterSaveAttempt());
    }

    private void revalidateAfterSaveAttempt() {
        if (triedSaving) {
            binder.validate();
        }
    }

    /** Shows every problem at once; only a form without any goes to the view (and the service). */
    private void saveIfValid() {
        errors.clear();
        triedSaving = true;
        var draft = new Draft();
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft.toForm()));
        } else {
            binder.validate();
        }
    }

    /** Fills the form with an item's values (or a copy's, for duplicating). */
    void fill(ItemForm f) {
        var d = new Draft();
        d.title = f.title() == null ? "" : f.title();
        d.type = f.type() == null ? ItemType.PLENARY : f.type();
        d.day = f.startsAt() == null ? null : f.startsAt().toLocalDate();
        d.start = f.startsAt() == null ? null : f.startsAt().toLocalTime();
        d.end = f.endsAt() == null ? null : f.endsAt().toLocalTime();
        d.room = f.roomId() == null ? null
                : rooms.stream().filter(r -> r.id() == f.roomId()).findFirst().orElse(null);
        d.language = f.language() == null || f.language().isEmpty() ? null : f.language();
        d.onlineLink = f.onlineLink() == null ? "" : f.onlineLink();
        d.description = f.description() == null ? "" : f.description();
        d.speakers = pick(f.speakerIds());
        d.chairs = pick(f.chairIds());
        binder.readBean(d);
    }

    private LinkedHashSet<PersonRow> pick(List<Long> ids) {
        return ids.stream().map(people::get).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the binder reads back: the form's fields, before they become an {@link ItemForm}. */
    private static final class Draft {
        String title = "";
        ItemType type;
        LocalDate day;
        LocalTime start;
        LocalTime end;
        RoomRow room;
        String language;
        String onlineLink = "";
        String description = "";
        Set<PersonRow> speakers = Set.of();
        Set<PersonRow> chairs = Set.of();

        ItemForm toForm() {
            LocalDateTime startsAt = day == null || start == null ? null : day.atTime(start);
            LocalDateTime endsAt = day == null || end == null ? null : day.atTime(end);
            return new ItemForm(title, description, type, startsAt, endsAt, room == null ? null : room.id(), language,
                    onlineLink, speakers.stream().map(PersonRow::id).toList(), chairs.stream().map(PersonRow::id).toList());
        }
    }

    void show(ConveneException e) {
        errors.show(e);
    }

    /** Moving the start moves the end with it, as calendar apps do. */
    private void keepDuration(java.time.LocalTime before, java.time.LocalTime after, boolean fromClient) {
        if (!fromClient || before == null || after == null || end.getValue() == null || !end.getValue().isAfter(before)) {
            return;
        }
        end.setValue(after.plus(Duration.between(before, end.getValue())));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<AgendaItemForm> {
        private final ItemForm form;

        SaveEvent(AgendaItemForm source, ItemForm form) {
            super(source, false);
            this.form = form;
        }

        public ItemForm getForm() {
            return form;
        }
    }

    public static final class CancelEvent extends ComponentEvent<AgendaItemForm> {
        CancelEvent(AgendaItemForm source) {
            super(source, false);
        }
    }
}
