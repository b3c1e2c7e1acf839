package org.convene.statement;

import java.util.List;

/** A version was published (number 1, or a correction): team and signatories are told. */
public record StatementPublished(long statementId, String publicId, int number, List<Long> recipientUserIds) {
}
