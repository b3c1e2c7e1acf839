package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** One step of a statement's workflow, kept for its history. */
@Entity
@Table(name = "statement_status_change")
class StatusChange extends AbstractEntity {

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 12)
    private StatementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12)
    private StatementStatus to;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason = "";

    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "voided_signatures", nullable = false)
    private int voidedSignatures;

    protected StatusChange() {
    }

    StatusChange(long statementId, StatementStatus from, StatementStatus to, long actorId, Instant at, String reason,
                 String contentHash, int voidedSignatures) {
        this.statementId = statementId;
        this.from = from;
        this.to = to;
        this.actorId = actorId;
        this.at = at;
        this.reason = reason == null ? "" : reason;
        this.contentHash = contentHash;
        this.voidedSignatures = voidedSignatures;
    }

    long getStatementId() {
        return statementId;
    }

    StatementStatus getFrom() {
        return from;
    }

    StatementStatus getTo() {
        return to;
    }

    Long getActorId() {
        return actorId;
    }

    Instant getAt() {
        return at;
    }

    String getReason() {
        return reason;
    }

    String getContentHash() {
        return contentHash;
    }

    int getVoidedSignatures() {
        return voidedSignatures;
    }
}
