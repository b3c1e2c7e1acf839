package org.convene.seminar;

import java.util.Set;

/** What a catalogue card shows of a seminar: its values with its themes. */
public record SeminarCard(SeminarDetails seminar, Set<Theme> themes) {

    static SeminarCard of(Seminar s) {
        return new SeminarCard(s.details(), s.getThemes());
    }
}
