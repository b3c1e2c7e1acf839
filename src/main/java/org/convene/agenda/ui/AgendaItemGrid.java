package org.convene.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.agenda.AgendaDraft;
import org.convene.agenda.DraftItem;
import org.convene.agenda.PersonRow;
import org.convene.agenda.RoomRow;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Grids;

/**
 * One day of the draft agenda in the editor: time, room, title (with a badge when unpublished or
 * changed since publishing), type and people. Rows can be dragged between others; a drop asks the
 * view to {@link Reorder} the target's room for that day.
 */
class AgendaItemGrid extends Grid<DraftItem> {

    /** Puts one room's sessions of one day in this order (see {@code AgendaService.reorder}). */
    @FunctionalInterface
    interface Reorder extends Serializable {
        void reorder(long itemId, LocalDate day, Long roomId, List<Long> orderedItemIds);
    }

    private final Reorder reorder;
    private AgendaDraft draft;
    private Map<Long, String> roomNames = Map.of();
    private Map<Long, PersonRow> people = Map.of();
    private DraftItem dragged;

    AgendaItemGrid(Reorder reorder) {
        super(DraftItem.class, false);
        this.reorder = reorder;
        setId("agenda-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(i -> Formats.timeRange(i.startsAt(), i.endsAt(), getLocale()))
                .setHeader(getTranslation("agenda.time")).setKey("time").setAutoWidth(true).setFlexGrow(0);
        addColumn(i -> roomName(i.roomId())).setHeader(getTranslation("agenda.room")).setKey("room").setAutoWidth(true);
        addComponentColumn(this::titleCell).setHeader(getTranslation("agenda.session")).setKey("title").setFlexGrow(3)
                .setTooltipGenerator(DraftItem::title);
        addColumn(i -> getTranslation("agenda.type." + i.type().name())).setHeader(getTranslation("agenda.item.type"))
                .setKey("type").setAutoWidth(true);
        addColumn(this::peopleLine).setHeader(getTranslation("agenda.people")).setKey("people")
                .setTooltipGenerator(this::peopleLine);
        Grids.fit(this, "title", "room", "type", "people");
        // The people of a session can be many: a fixed width, whole in the tooltip.
        getColumnByKey("people").setAutoWidth(false);
        getColumnByKey("people").setWidth("14rem");
        Grids.hideBelow(this, 1440, "people");
        // On a phone the time range wraps at its dash ("09:00 –" over "10:00") in a width of its own; sized to
        // its content there it was cut to "09:…".
        Grids.narrowWidth(this, "time", "6.5rem");
        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        addDragEndListener(e -> dragged = null);
        addDropListener(e -> {
            var source = dragged;
            dragged = null;
            e.getDropTargetItem().ifPresent(target -> drop(source, target, e.getDropLocation()));
        });
    }

    /** The items of {@code day} in time order, then in the rooms' order; nothing selected. */
    void show(AgendaDraft draft, LocalDate day) {
        this.draft = draft;
        roomNames = draft.rooms().stream().collect(Collectors.toMap(RoomRow::id, RoomRow::name));
        people = draft.people().stream().collect(Collectors.toMap(PersonRow::id, Function.identity()));
        var positions = draft.rooms().stream().collect(Collectors.toMap(RoomRow::id, RoomRow::position));
        // One day of one seminar: a bounded list the draft already holds, so no lazy paging here.
        setItems(draft.items().stream()
                .filter(i -> i.day().equals(day))
                .sorted(Comparator.comparing(DraftItem::startsAt)
                        .thenComparing(i -> i.roomId() == null ? -1 : positions.getOrDefault(i.roomId(), 0)))
                .toList());
    }

    /** Selects the item again after a reload, if the day shown holds it. */
    void reselect(long itemId) {
        getListDataView().getItems().filter(i -> i.id() == itemId).findFirst().ifPresent(this::select);
    }

    /** When the day's last item ends: where a new one starts. */
    Optional<LocalDateTime> lastEnd() {
        return getListDataView().getItems().map(DraftItem::endsAt).max(Comparator.naturalOrder());
    }

    /**
     * What a drop does (the drop listener calls it; tests call it too, as browserless tests cannot
     * drag): {@code item} goes above or below {@code target}, into the target's room, and the view has
     * that room's times recomputed for the day. A drop on itself or not between rows does nothing.
     */
    void drop(DraftItem item, DraftItem target, GridDropLocation location) {
        if (item == null || target == null || item.id() == target.id()
                || location != GridDropLocation.ABOVE && location != GridDropLocation.BELOW) {
            return;
        }
        var day = target.day();
        var order = new ArrayList<Long>(draft.items().stream()
                .filter(i -> Objects.equals(i.roomId(), target.roomId()) && i.day().equals(day) && i.id() != item.id())
                .sorted(Comparator.comparing(DraftItem::startsAt).thenComparing(DraftItem::id))
                .map(DraftItem::id)
                .toList());
        var at = order.indexOf(target.id());
        order.add(location == GridDropLocation.ABOVE ? at : at + 1, item.id());
        reorder.reorder(item.id(), day, target.roomId(), order);
    }

    private Component titleCell(DraftItem item) {
        var cell = new HorizontalLayout(new Span(item.title()));
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        if (draft.newItemIds().contains(item.id())) {
            cell.add(badge("agenda.badge.unpublished", "contrast"));
        } else if (draft.changedItemIds().contains(item.id())) {
            cell.add(badge("agenda.badge.changed", "warning"));
        }
        var room = roomName(item.roomId());
        if (room.isEmpty()) {
            return cell;
        }
        // On a phone the room column is hidden: the room under the title.
        var phoneRoom = new Div(room);
        phoneRoom.addClassName("convene-phone-only");
        return new Div(cell, phoneRoom);
    }

    private Span badge(String key, String variant) {
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge small " + variant);
        return badge;
    }

    private String roomName(Long roomId) {
        return roomId == null ? "" : roomNames.getOrDefault(roomId, "");
    }

    String peopleLine(DraftItem item) {
        var speakers = item.speakerIds().stream().map(people::get).filter(Objects::nonNull)
                .map(PersonRow::name).collect(Collectors.joining(", "));
        var chairs = item.chairIds().stream().map(people::get).filter(Objects::nonNull)
                .map(PersonRow::name).collect(Collectors.joining(", "));
        return chairs.isEmpty() ? speakers
                : speakers + (speakers.isEmpty() ? "" : " · ") + Formats.label(getTranslation("agenda.chairs"), getLocale()) + chairs;
    }
}
