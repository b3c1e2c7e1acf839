package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A signatory's decision on the version frozen in one sign-off round; voided when the draft reopens. */
@Entity
@Table(name = "statement_signature")
class Signature extends AbstractEntity {

    static final int RESERVATION_MAX = 2000;

    @Column(name = "signatory_id", nullable = false)
    private long signatoryId;

    @Column(name = "round", nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 30)
    private Decision decision;

    @Column(name = "reservation", nullable = false, length = RESERVATION_MAX)
    private String reservation = "";

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Signature() {
    }

    Signature(long signatoryId, int round, String contentHash) {
        this.signatoryId = signatoryId;
        this.round = round;
        this.contentHash = contentHash;
    }

    long getSignatoryId() {
        return signatoryId;
    }

    int getRound() {
        return round;
    }

    Decision getDecision() {
        return decision;
    }

    String getReservation() {
        return reservation;
    }

    String getContentHash() {
        return contentHash;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    Instant getVoidedAt() {
        return voidedAt;
    }

    void decide(Decision decision, String reservation, Instant at) {
        this.decision = decision;
        this.reservation = decision == Decision.ENDORSED_WITH_RESERVATION ? reservation : "";
        this.signedAt = at;
    }

    void voidAt(Instant at) {
        this.voidedAt = at;
    }
}
