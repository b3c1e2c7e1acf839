package org.convene.seminar;

public record SeminarCancelled(long seminarId, String reason, int sequence) {
}
