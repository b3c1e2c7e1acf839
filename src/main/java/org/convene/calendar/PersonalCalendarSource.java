package org.convene.calendar;

import java.util.List;

/**
 * What goes into a person's calendar feed, told by the modules that know it. Registration answers
 * {@link #confirmedSeminarIds}, agenda answers {@link #starredAgendaItems}; every bean implementing this
 * interface is asked and the answers are merged. Both default to nothing, so the feed works (empty)
 * before those modules exist. Answers must only concern {@code userId} themself: no other participant's data.
 */
public interface PersonalCalendarSource {

    /** Seminars the person holds a confirmed place in (past ones too; the feed keeps the recent ones). */
    default List<Long> confirmedSeminarIds(long userId) {
        return List.of();
    }

    /** Agenda items the person starred, with their own stored UIDs and sequences. */
    default List<CalendarEntry> starredAgendaItems(long userId) {
        return List.of();
    }
}
