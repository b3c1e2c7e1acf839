package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A person invited to sign a statement, with the organisation shown beside their name. */
@Entity
@Table(name = "statement_signatory")
class Signatory extends AbstractEntity {

    static final int ORGANISATION_MAX = 200;

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "organisation", nullable = false, length = ORGANISATION_MAX)
    private String organisation = "";

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected Signatory() {
    }

    Signatory(long statementId, long userId, String organisation, long invitedBy, Instant at) {
        this.statementId = statementId;
        this.userId = userId;
        this.organisation = organisation;
        this.invitedBy = invitedBy;
        this.invitedAt = at;
    }

    long getStatementId() {
        return statementId;
    }

    long getUserId() {
        return userId;
    }

    String getOrganisation() {
        return organisation;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }
}
