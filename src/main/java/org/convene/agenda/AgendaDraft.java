package org.convene.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.convene.seminar.Seminar;

/**
 * The organisers' working copy of an agenda: items not yet published are in {@code newItemIds},
 * published items edited since in {@code changedItemIds}; {@code pendingRemovals} counts published
 * items deleted since.
 */
public record AgendaDraft(Seminar seminar, int version, Instant publishedAt, List<Room> rooms, List<Person> people,
                          List<AgendaItem> items, Set<Long> newItemIds, Set<Long> changedItemIds, int pendingRemovals) {

    public boolean hasUnpublishedChanges() {
        return !newItemIds.isEmpty() || !changedItemIds.isEmpty() || pendingRemovals > 0;
    }
}
