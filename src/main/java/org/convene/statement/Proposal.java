package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A proposed change: new text for a paragraph, with the version (and its text) the proposer started from. */
@Entity
@Table(name = "statement_proposal")
class Proposal extends AbstractEntity {

    static final int REASON_MAX = 2000;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "paragraph_id", nullable = false)
    private long paragraphId;

    @Column(name = "base_version", nullable = false)
    private long baseVersion;

    @Column(name = "base_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String baseText;

    @Column(name = "proposed_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String proposedText;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "proposer_id")
    private Long proposerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ProposalStatus status = ProposalStatus.OPEN;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", nullable = false, length = REASON_MAX)
    private String decisionReason = "";

    @Column(name = "accepted_version")
    private Long acceptedVersion;

    @Version
    @Column(name = "version")
    private long version;

    protected Proposal() {
    }

    Proposal(long statementId, long paragraphId, long baseVersion, String baseText, String proposedText, String reason,
             long proposerId, Instant at) {
        this.statementId = statementId;
        this.paragraphId = paragraphId;
        this.baseVersion = baseVersion;
        this.baseText = baseText;
        this.proposedText = proposedText;
        this.reason = reason;
        this.proposerId = proposerId;
        this.createdAt = at;
    }

    long getStatementId() {
        return statementId;
    }

    long getParagraphId() {
        return paragraphId;
    }

    long getBaseVersion() {
        return baseVersion;
    }

    String getBaseText() {
        return baseText;
    }

    String getProposedText() {
        return proposedText;
    }

    String getReason() {
        return reason;
    }

    Long getProposerId() {
        return proposerId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    ProposalStatus getStatus() {
        return status;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    Long getAcceptedVersion() {
        return acceptedVersion;
    }

    void accept(long by, long newVersion, String note, Instant at) {
        this.status = ProposalStatus.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.acceptedVersion = newVersion;
        this.decisionReason = note;
    }

    void decline(long by, String reason, Instant at) {
        this.status = ProposalStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }
}
