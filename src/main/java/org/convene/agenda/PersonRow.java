package org.convene.agenda;

/**
 * A speaker or chair of a seminar's agenda as the editor lists and picks them: plain values, no
 * entity. {@code userId} is the linked account, if any.
 */
public record PersonRow(long id, String name, String affiliation, String bio, Long userId) {

    static PersonRow of(Person p) {
        return new PersonRow(p.getId(), p.getName(), p.getAffiliation(), p.getBio(), p.getUserId());
    }

    /** "Name (Affiliation)" or just the name. */
    public String label() {
        return affiliation == null || affiliation.isEmpty() ? name : name + " (" + affiliation + ")";
    }
}
