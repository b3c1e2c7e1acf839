package org.convene.agenda;

/** What an organiser edits of a speaker or chair; {@code userId} links a Convene account (optional). */
public record PersonForm(String name, String affiliation, String bio, Long userId) {

    public static final int NAME_MAX = 120;
    public static final int AFFILIATION_MAX = 200;
    public static final int BIO_MAX = 1000;
}
