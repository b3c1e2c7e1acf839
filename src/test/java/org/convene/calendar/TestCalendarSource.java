package org.convene.calendar;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the registration and agenda modules: a test says which seminars and items a person
 * has. Empty for everybody else, so it adds nothing to what the real modules answer. Not scanned: only
 * the tests that import {@link org.convene.TestStandIns} have it.
 */
public class TestCalendarSource implements PersonalCalendarSource {

    private final Map<Long, List<Long>> seminars = new ConcurrentHashMap<>();
    private final Map<Long, List<CalendarEntry>> items = new ConcurrentHashMap<>();

    public void confirm(long userId, Long... seminarIds) {
        seminars.put(userId, List.of(seminarIds));
    }

    public void star(long userId, CalendarEntry... entries) {
        items.put(userId, List.of(entries));
    }

    @Override
    public List<Long> confirmedSeminarIds(long userId) {
        return seminars.getOrDefault(userId, List.of());
    }

    @Override
    public List<CalendarEntry> starredAgendaItems(long userId) {
        return items.getOrDefault(userId, List.of());
    }
}
