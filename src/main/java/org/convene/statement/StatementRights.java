package org.convene.statement;

/** What the current person may do with one statement. */
public record StatementRights(boolean read, boolean edit, boolean comment, boolean manage) {
}
