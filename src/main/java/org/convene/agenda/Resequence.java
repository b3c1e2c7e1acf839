package org.convene.agenda;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The times of one room's sessions of one day after they were put in a new order. Pure: no
 * database, no zone (agenda times are wall-clock times in the seminar's zone, and so are the
 * durations kept here, as the agenda shows them, also on a daylight-saving day).
 * <p>
 * Rules, the same as for "Earlier/Later" and "shift the rest of the day" (nothing is packed):
 * <ul>
 * <li>the sequence starts where the room's first session of the day started;</li>
 * <li>each session keeps its duration;</li>
 * <li>the gaps stay where they were: the k-th gap of the room stays between the k-th and
 * (k+1)-th session, so swapping two neighbours moves nothing else;</li>
 * <li>a session that joins from another room takes the start of the session it was put before
 * (or follows the last one directly) and the sessions after it move later by its duration.</li>
 * </ul>
 */
final class Resequence {

    /** A session's place in time before the reorder. */
    record Timed(long id, LocalDateTime start, LocalDateTime end) {
        Timed {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end before start: " + id);
            }
        }

        Duration duration() {
            return Duration.between(start, end);
        }
    }

    private Resequence() {
    }

    /**
     * New times for {@code order}, which holds every session of {@code lane} (the room's sessions
     * of the day, in any order) and at most one {@code joining} session (null when none).
     * Returns the new times in the new order.
     */
    static List<Timed> recompute(List<Timed> lane, Timed joining, List<Long> order) {
        var sorted = new ArrayList<>(lane);
        sorted.sort(java.util.Comparator.comparing(Timed::start).thenComparing(Timed::id));
        var byId = new LinkedHashMap<Long, Timed>();
        sorted.forEach(t -> byId.put(t.id(), t));
        if (joining != null) {
            if (byId.containsKey(joining.id())) {
                throw new IllegalArgumentException("joining session already in the lane: " + joining.id());
            }
            byId.put(joining.id(), joining);
        }
        if (order.size() != byId.size() || !new HashSet<>(order).equals(byId.keySet())) {
            throw new IllegalArgumentException("order must hold the lane and the joining session exactly once");
        }
        if (sorted.isEmpty()) {
            return List.of(joining);
        }
        var gaps = new ArrayList<Duration>();
        for (var i = 0; i + 1 < sorted.size(); i++) {
            gaps.add(Duration.between(sorted.get(i).end(), sorted.get(i + 1).start()));
        }
        if (joining != null) {
            var at = order.indexOf(joining.id());
            gaps.add(Math.min(at, gaps.size()), Duration.ZERO);
        }
        var result = new ArrayList<Timed>();
        var start = sorted.getFirst().start();
        for (var i = 0; i < order.size(); i++) {
            var item = byId.get(order.get(i));
            var end = start.plus(item.duration());
            result.add(new Timed(item.id(), start, end));
            if (i < gaps.size()) {
                start = end.plus(gaps.get(i));
            }
        }
        return List.copyOf(result);
    }

    /** The same as a map by id, for callers that look times up. */
    static Map<Long, Timed> byId(List<Timed> times) {
        var map = new LinkedHashMap<Long, Timed>();
        times.forEach(t -> map.put(t.id(), t));
        return map;
    }
}
