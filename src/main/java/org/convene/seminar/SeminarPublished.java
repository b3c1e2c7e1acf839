package org.convene.seminar;

public record SeminarPublished(long seminarId) {
}
