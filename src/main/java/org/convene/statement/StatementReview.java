package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The review settings and sign-off state of one statement (created on first use). */
@Entity
@Table(name = "statement_review")
class StatementReview {

    @Id
    @Column(name = "statement_id")
    private Long statementId;

    @Column(name = "checklist_id")
    private Long checklistId;

    @Enumerated(EnumType.STRING)
    @Column(name = "quorum", nullable = false, length = 10)
    private Quorum quorum = Quorum.ALL;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 10)
    private PublicationVisibility visibility = PublicationVisibility.PUBLIC;

    @Column(name = "round", nullable = false)
    private int round;

    @Column(name = "frozen_hash", length = 64)
    private String frozenHash;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "frozen_by")
    private Long frozenBy;

    @Column(name = "withdrawn_reason", length = 2000)
    private String withdrawnReason;

    @Version
    @Column(name = "version")
    private long version;

    protected StatementReview() {
    }

    StatementReview(long statementId) {
        this.statementId = statementId;
    }

    Long getStatementId() {
        return statementId;
    }

    Long getChecklistId() {
        return checklistId;
    }

    Quorum getQuorum() {
        return quorum;
    }

    PublicationVisibility getVisibility() {
        return visibility;
    }

    int getRound() {
        return round;
    }

    String getFrozenHash() {
        return frozenHash;
    }

    Instant getFrozenAt() {
        return frozenAt;
    }

    String getWithdrawnReason() {
        return withdrawnReason;
    }

    void setChecklistId(Long checklistId) {
        this.checklistId = checklistId;
    }

    void configure(Quorum quorum, PublicationVisibility visibility) {
        this.quorum = quorum;
        this.visibility = visibility;
    }

    void freeze(String hash, long by, Instant at) {
        this.round++;
        this.frozenHash = hash;
        this.frozenBy = by;
        this.frozenAt = at;
    }

    void unfreeze() {
        this.frozenHash = null;
        this.frozenAt = null;
        this.frozenBy = null;
    }

    void withdraw(String reason) {
        this.withdrawnReason = reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementReview r && statementId != null && statementId.equals(r.statementId);
    }

    @Override
    public int hashCode() {
        return StatementReview.class.hashCode();
    }
}
