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
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.agenda.AgendaItem;
import org.convene.agenda.ItemForm;
import org.convene.agenda.ItemType;
import org.convene.agenda.Person;
import org.convene.agenda.Room;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;

/**
 * Edits one agenda item: what, when (a day of the seminar and two times), where, who. Fires
 * {@link SaveEvent} with the form's values; the service decides whether they are acceptable.
 */
public class AgendaItemForm extends FormLayout {

    final TextField title = new TextField();
    final Select<ItemType> type = new Select<>();
    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Select<Room> room = new Select<>();
    final MultiSelectComboBox<Person> speakers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Person> chairs = new MultiSelectComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final TextField onlineLink = new TextField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final List<Room> rooms;
    private final Map<Long, Person> people;

    AgendaItemForm(List<Room> rooms, List<Person> people, LocalDate firstDay, LocalDate lastDay, Locale locale) {
        this.rooms = rooms;
        this.people = people.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        title.setId("item-title");
        title.setLabel(getTranslation("agenda.item.title"));
        title.setMaxLength(AgendaItem.TITLE_MAX);
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
        room.setItemLabelGenerator(r -> r == null ? getTranslation("agenda.item.no-room") : r.getName());
        for (var picker : List.of(speakers, chairs)) {
            picker.setItems(people);
            picker.setItemLabelGenerator(Person::label);
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
        onlineLink.setMaxLength(AgendaItem.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        description.setId("item-description");
        description.setLabel(getTranslation("agenda.item.description"));
        description.setMaxLength(AgendaItem.DESCRIPTION_MAX);
        errors.field("title", title).field("type", type).field("startsAt", start).field("endsAt", end)
                .field("roomId", room).field("language", language).field("onlineLink", onlineLink)
                .field("speakerIds", speakers).field("chairIds", chairs).field("description", description);

        save.setId("item-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            fireEvent(new SaveEvent(this, read()));
        });
        cancel.setId("item-cancel");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        var times = new HorizontalLayout(start, end);
        add(title, type, day, times, room, language, speakers, chairs, onlineLink, description);
        setColspan(description, 2);
        setColspan(onlineLink, 2);
    }

    /** Fills the form with an item's values (or a copy's, for duplicating). */
    void fill(ItemForm f) {
        title.setValue(f.title() == null ? "" : f.title());
        type.setValue(f.type() == null ? ItemType.PLENARY : f.type());
        day.setValue(f.startsAt() == null ? null : f.startsAt().toLocalDate());
        start.setValue(f.startsAt() == null ? null : f.startsAt().toLocalTime());
        end.setValue(f.endsAt() == null ? null : f.endsAt().toLocalTime());
        room.setValue(f.roomId() == null ? null
                : rooms.stream().filter(r -> r.getId().equals(f.roomId())).findFirst().orElse(null));
        language.setValue(f.language() == null || f.language().isEmpty() ? null : f.language());
        onlineLink.setValue(f.onlineLink() == null ? "" : f.onlineLink());
        description.setValue(f.description() == null ? "" : f.description());
        speakers.setValue(pick(f.speakerIds()));
        chairs.setValue(pick(f.chairIds()));
    }

    private LinkedHashSet<Person> pick(List<Long> ids) {
        return ids.stream().map(people::get).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The values as typed; the service checks them. */
    ItemForm read() {
        LocalDateTime startsAt = day.getValue() == null || start.getValue() == null ? null : day.getValue().atTime(start.getValue());
        LocalDateTime endsAt = day.getValue() == null || end.getValue() == null ? null : day.getValue().atTime(end.getValue());
        return new ItemForm(title.getValue(), description.getValue(), type.getValue(), startsAt, endsAt,
                room.getValue() == null ? null : room.getValue().getId(), language.getValue(), onlineLink.getValue(),
                speakers.getSelectedItems().stream().map(Person::getId).toList(),
                chairs.getSelectedItems().stream().map(Person::getId).toList());
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
