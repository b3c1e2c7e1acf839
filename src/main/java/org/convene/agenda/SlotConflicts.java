package org.convene.agenda;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.convene.base.ConveneException;
import org.convene.base.i18n.Localized;
import org.convene.base.ui.Formats;

/**
 * The slot-conflict check, without the database: two sessions in one room at the same time are
 * refused (the message names every session it would overlap); a speaker or chair in two places at once is a
 * {@link SpeakerConflictException} unless the organiser confirmed it.
 */
final class SlotConflicts {

    /** The key of a session not stored yet in the map of changes. */
    static final long NEW = -1L;

    private SlotConflicts() {
    }

    /** Where and when a session is (or would be), with whom: what the check compares. */
    record Slot(Long id, String title, LocalDateTime start, LocalDateTime end, Long roomId, Set<Long> personIds) {

        static Slot of(AgendaItem i) {
            return new Slot(i.getId(), i.getTitle(), i.getStartsAt(), i.getEndsAt(), i.getRoomId(), i.allPersonIds());
        }

        boolean overlaps(Slot o) {
            return start.isBefore(o.end) && o.start.isBefore(end);
        }
    }

    /** Speakers and chairs of a form, as one set. */
    static Set<Long> personIds(ItemForm f) {
        var ids = new HashSet<Long>(f.speakerIds());
        ids.addAll(f.chairIds());
        return ids;
    }

    /**
     * Checks the changed (or new, under {@link #NEW}) slots against every other session as it will be.
     *
     * @param current    every session of the agenda as it is now
     * @param changes    session id to its new slot
     * @param personName the name of a person, asked once per person in conflict
     */
    static void check(List<Slot> current, Map<Long, Slot> changes, boolean confirmSpeakerConflicts,
                      LongFunction<String> personName) {
        var after = new ArrayList<Slot>();
        for (var s : current) {
            after.add(changes.getOrDefault(s.id(), s));
        }
        if (changes.containsKey(NEW)) {
            after.add(changes.get(NEW));
        }
        var clashes = new ArrayList<SpeakerConflict>();
        var names = new HashMap<Long, String>();
        var roomClashes = new ArrayList<RoomClash>();
        for (var changed : changes.values()) {
            for (var other : after) {
                if (other == changed || Objects.equals(other.id(), changed.id()) && other.id() != null
                        || !changed.overlaps(other)) {
                    continue;
                }
                if (changed.roomId() != null && changed.roomId().equals(other.roomId())) {
                    roomClashes.add(new RoomClash(other.title(), other.start(), other.end()));
                    continue;
                }
                for (var personId : changed.personIds()) {
                    if (other.personIds().contains(personId)) {
                        var name = names.computeIfAbsent(personId, personName::apply);
                        var conflict = new SpeakerConflict(name, other.id() == null ? 0 : other.id(), other.title(),
                                other.start(), other.end());
                        if (!clashes.contains(conflict)) {
                            clashes.add(conflict);
                        }
                    }
                }
            }
        }
        if (!roomClashes.isEmpty()) {
            throw ConveneException.onField("startsAt", "agenda.room.conflict",
                    new RoomClashes(roomClashes.stream().distinct().sorted(Comparator.comparing(RoomClash::start)).toList()));
        }
        if (!clashes.isEmpty() && !confirmSpeakerConflicts) {
            throw new SpeakerConflictException(clashes);
        }
    }

    /** A session the slot would share its room with. */
    record RoomClash(String title, LocalDateTime start, LocalDateTime end) implements Serializable {
    }

    /**
     * Every session a slot would share its room with, each with its times, worded in the reader's
     * language when the message is shown: “Opening” (1:00 – 2:00 PM) and “Keynote” (2:00 – 3:00 PM).
     */
    record RoomClashes(List<RoomClash> clashes) implements Localized {
        @Override
        public String in(Locale locale) {
            var french = "fr".equals(locale.getLanguage());
            var named = clashes.stream().map(c -> (french ? "«\u00A0" + c.title() + "\u00A0»" : "“" + c.title() + "”")
                    + " (" + Formats.timeRange(c.start(), c.end(), locale) + ")").toList();
            return ListFormatter.getInstance(ULocale.forLocale(locale)).format(named);
        }
    }
}
