package org.convene.statement;

/**
 * The kinds of change the drafting part records in the feed. The feed's kind is a free string
 * (at most 40 characters), so other parts record their own ({@code COMMENT}, {@code PROPOSAL},
 * {@code STATUS}, {@code SIGNATURE}, {@code CHECKLIST}...) with {@link StatementChanges#record}.
 */
public enum ChangeKind {
    /** Title, seminar, group, language or team. */
    HEADER,
    /** A paragraph's text was saved (or restored). */
    PARAGRAPH_SAVED,
    /** Sections or paragraphs were added, moved or deleted. */
    STRUCTURE,
    /** Someone opened or left the statement, or started or stopped editing a paragraph. */
    PRESENCE
}
