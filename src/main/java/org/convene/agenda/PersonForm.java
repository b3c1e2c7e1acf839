package org.convene.agenda;

/** What an organiser edits of a speaker or chair; {@code userId} links a Convene account (optional). */
public record PersonForm(String name, String affiliation, String bio, Long userId) {
}
