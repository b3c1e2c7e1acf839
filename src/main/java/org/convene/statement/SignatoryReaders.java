package org.convene.statement;

import org.springframework.stereotype.Component;

/** Invited signatories may read the statement they are asked to sign (and nothing more). */
@Component
class SignatoryReaders implements StatementReaders {

    private final SignatoryRepository signatories;

    SignatoryReaders(SignatoryRepository signatories) {
        this.signatories = signatories;
    }

    @Override
    public boolean mayRead(long statementId, long userId) {
        return signatories.existsByStatementIdAndUserId(statementId, userId);
    }
}
