package org.convene.seminar;

/**
 * Any other saved change of a seminar. {@code placeChanged} when venue, format or online link moved
 * (a significant change for calendars); {@code capacityIncreased} lets registration promote the
 * waiting list.
 */
public record SeminarUpdated(long seminarId, boolean placeChanged, boolean capacityIncreased, int sequence) {
}
