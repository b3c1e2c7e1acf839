package org.convene.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.calendar.ParticipantDirectory;

/**
 * Stands in for the registration module: a test says who takes part in a seminar. Not scanned: only
 * the tests that import {@link org.convene.TestStandIns} have it.
 */
public class TestParticipantDirectory implements ParticipantDirectory {

    private final Map<Long, List<Long>> active = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> confirmed = new ConcurrentHashMap<>();
    private final java.util.Set<Long> failing = ConcurrentHashMap.newKeySet();

    /** The next question about this seminar fails, as a database hiccup would. */
    public void failOnce(long seminarId) {
        failing.add(seminarId);
    }

    public void set(long seminarId, List<Long> confirmedIds, List<Long> otherActiveIds) {
        confirmed.put(seminarId, List.copyOf(confirmedIds));
        var all = new java.util.ArrayList<>(confirmedIds);
        all.addAll(otherActiveIds);
        active.put(seminarId, List.copyOf(all));
    }

    @Override
    public List<Long> activeParticipantUserIds(long seminarId) {
        if (failing.remove(seminarId)) {
            throw new IllegalStateException("Simulated outage while reading participants of seminar " + seminarId);
        }
        return active.getOrDefault(seminarId, List.of());
    }

    @Override
    public List<Long> confirmedParticipantUserIds(long seminarId) {
        return confirmed.getOrDefault(seminarId, List.of());
    }
}
