package org.convene.agenda.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.convene.agenda.RoomRow;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;

/**
 * The rooms of a seminar: the list, one name to add a room or rename the selected one, delete. A valid
 * name fires {@link SaveEvent}, the delete button {@link DeleteEvent}; the view asks the service and
 * hands back the new list ({@link #saved}, {@link #deleted}) or the service's refusal ({@link #show}).
 */
public class RoomsEditor extends VerticalLayout {

    final Grid<RoomRow> list = new Grid<>(RoomRow.class, false);
    final TextField name = new TextField();
    final Button save = new Button();
    final Button fresh = new Button();
    final Button remove = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final Binder<String[]> binder = new Binder<>();

    RoomsEditor(List<RoomRow> rooms) {
        setPadding(false);
        list.setId("rooms-grid");
        list.addColumn(RoomRow::name).setHeader(getTranslation("agenda.room.name"));
        list.setItems(rooms);
        list.setAllRowsVisible(true);
        name.setLabel(getTranslation("agenda.room.name"));
        name.setId("rooms-name");
        Limits.limit(name, RoomRow.NAME_MAX);
        errors.field("name", name);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(this, RoomRow.NAME_MAX, true)).bind(r -> r[0], (r, v) -> r[0] = v);
        list.asSingleSelect().addValueChangeListener(e ->
                binder.readBean(new String[] {e.getValue() == null ? "" : e.getValue().name()}));

        save.setText(getTranslation("action.save"));
        save.setId("rooms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        fresh.setText(getTranslation("agenda.room.new"));
        fresh.setId("rooms-new");
        fresh.addClickListener(e -> {
            list.asSingleSelect().clear();
            binder.readBean(new String[] {""});
            name.focus();
        });
        remove.setText(getTranslation("action.delete"));
        remove.setId("rooms-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            var room = list.asSingleSelect().getValue();
            if (room != null) {
                fireEvent(new DeleteEvent(this, room.id()));
            }
        });

        var row = new HorizontalLayout(name, save, fresh, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("agenda.rooms.help")), list, row);
    }

    private void saveIfValid() {
        errors.clear();
        var value = new String[1];
        if (!binder.writeBeanIfValid(value)) {
            binder.validate();
            return;
        }
        var room = list.asSingleSelect().getValue();
        fireEvent(new SaveEvent(this, room == null ? null : room.id(), value[0]));
    }

    /** The room was stored: the new list, and an empty name for the next one. */
    void saved(List<RoomRow> rooms) {
        list.setItems(rooms);
        binder.readBean(new String[] {""});
    }

    /** The room was deleted: the new list. */
    void deleted(List<RoomRow> rooms) {
        list.setItems(rooms);
        name.clear();
    }

    /** The service's refusal, on the name field. */
    void show(ConveneException e) {
        errors.show(e);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** Store this name: a new room when {@code roomId} is null, else that room renamed. */
    public static final class SaveEvent extends ComponentEvent<RoomsEditor> {
        private final Long roomId;
        private final String name;

        SaveEvent(RoomsEditor source, Long roomId, String name) {
            super(source, false);
            this.roomId = roomId;
            this.name = name;
        }

        public Long getRoomId() {
            return roomId;
        }

        public String getName() {
            return name;
        }
    }

    public static final class DeleteEvent extends ComponentEvent<RoomsEditor> {
        private final long roomId;

        DeleteEvent(RoomsEditor source, long roomId) {
            super(source, false);
            this.roomId = roomId;
        }

        public long getRoomId() {
            return roomId;
        }
    }
}
