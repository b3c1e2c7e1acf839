package org.convene.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a statement stands in review and sign-off, as everyone who reads it sees it: status, the frozen
 * version's hash, the signatories and their decisions in the current round, sign-offs voided by a
 * reopening (kept visible), the workflow history and what the viewer may do.
 */
public record SignOffState(long statementId, String publicId, StatementStatus status, Quorum quorum,
                           PublicationVisibility visibility, int round, String frozenHash, Instant frozenAt,
                           List<SignatoryRow> signatories, List<VoidedRow> voided, List<HistoryRow> history,
                           int invited, int endorsed, boolean quorumReached, boolean translation,
                           boolean canLead, Optional<SignatoryRow> me, List<Integer> publishedNumbers,
                           String withdrawnReason) {

    public record SignatoryRow(long id, long userId, String name, String organisation, Decision decision,
                               String reservation, Instant signedAt) {
    }

    public record VoidedRow(String name, int round, Decision decision, Instant voidedAt) {
    }

    public record HistoryRow(StatementStatus from, StatementStatus to, String actor, Instant at, String reason,
                             String hash, int voidedSignatures) {
    }

    public boolean canSign() {
        return status == StatementStatus.SIGN_OFF && me.isPresent();
    }
}
