package org.convene.statement;

/** The public list's filters; null or blank = any. */
public record PublicFilter(Long groupId, Long seminarId, String language, Integer year) {
}
