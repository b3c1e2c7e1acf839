package org.convene.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The organisers' working copy of an agenda, as plain values (no entity leaves the service): items
 * not yet published are in {@code newItemIds}, published items edited since in {@code changedItemIds};
 * {@code pendingRemovals} counts published items deleted since. Rooms in their order, people by name,
 * items in time order.
 */
public record AgendaDraft(SeminarInfo seminar, int version, Instant publishedAt, List<RoomRow> rooms,
                          List<PersonRow> people, List<DraftItem> items, Set<Long> newItemIds,
                          Set<Long> changedItemIds, int pendingRemovals) {

    /** What the editor needs of the seminar: its title, its public page and its days. */
    public record SeminarInfo(long id, String publicId, String title, LocalDate firstDay, LocalDate lastDay) {
    }

    public boolean hasUnpublishedChanges() {
        return !newItemIds.isEmpty() || !changedItemIds.isEmpty() || pendingRemovals > 0;
    }
}
