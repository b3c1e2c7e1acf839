package org.convene.seminar;

import java.util.Set;

/** What a seminar's public page shows: its values with its themes and working languages (sorted codes). */
public record SeminarPage(SeminarDetails seminar, Set<Theme> themes, Set<String> languages) {

    static SeminarPage of(Seminar s) {
        return new SeminarPage(s.details(), s.getThemes(), s.getLanguages());
    }
}
