package org.convene.statement;

import java.util.List;

/** A version was frozen for sign-off: the invited signatories are asked to decide on this hash. */
public record StatementFrozen(long statementId, int round, String contentHash, List<Long> signatoryUserIds) {
}
