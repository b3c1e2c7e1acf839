package org.convene.registration;

import java.util.List;

/**
 * What a CSV list of invitations would give, row by row, before anything is saved. {@code line} is
 * the line number in the file (the header is line 1); a row with problems is left out when saving.
 */
public record InvitationImport(List<Row> rows) {

    public record Row(int line, String name, String email, String organisation, String country, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** A translation key and its one argument ("" when none). */
    public record Problem(String messageKey, String argument) {
    }

    public long validCount() {
        return rows.stream().filter(Row::valid).count();
    }

    public long invalidCount() {
        return rows.size() - validCount();
    }
}
