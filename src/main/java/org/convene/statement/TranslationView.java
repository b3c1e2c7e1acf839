package org.convene.statement;

import java.util.List;

/**
 * A translation beside its source: each translated paragraph with the source paragraph it renders, the
 * source version it was made from, and, when out of date, the source's text then and now (for the diff).
 */
public record TranslationView(long translationId, String language, long sourceId, String sourceLanguage,
                              String sourceTitle, List<Row> rows, boolean canEdit) {

    public record Row(long paragraphId, String text, long version, Long sourceParagraphId, long sourceVersion,
                      long sourceCurrentVersion, boolean sourceDeleted, String sourceThen, String sourceNow) {

        public boolean outOfDate() {
            return sourceParagraphId != null && (sourceDeleted || sourceCurrentVersion != sourceVersion);
        }
    }

    /** A translation of a statement, for links. */
    public record Ref(long id, String language, String title, StatementStatus status) {
    }

    public long outOfDateCount() {
        return rows.stream().filter(Row::outOfDate).count();
    }
}
