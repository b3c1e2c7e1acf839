package org.convene.statement;

import java.util.List;

/** The draft was reopened after freezing: the sign-offs given are void; those who gave them are told. */
public record SignaturesVoided(long statementId, int round, List<Long> signatoryUserIds, String reason) {
}
