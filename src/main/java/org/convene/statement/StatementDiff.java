package org.convene.statement;

import java.util.List;

/**
 * The statement's text at one revision compared with another, paragraph by paragraph (in today's
 * order; paragraphs deleted since come last), word by word. A version of the statement is the state
 * after a revision; revision 0 is the empty statement.
 */
public record StatementDiff(long statementId, long fromRevision, long toRevision, List<ParagraphDiff> paragraphs) {

    public enum Change { SAME, ADDED, REMOVED, CHANGED }

    public record ParagraphDiff(long paragraphId, Change change, List<WordDiff.Segment> segments) {
    }

    public boolean changed() {
        return paragraphs.stream().anyMatch(p -> p.change() != Change.SAME);
    }
}
