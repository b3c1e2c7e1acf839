package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A statement that is the translation of another. */
@Entity
@Table(name = "statement_translation")
class Translation {

    @Id
    @Column(name = "translation_id")
    private Long translationId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Translation() {
    }

    Translation(long translationId, long sourceId, Instant at) {
        this.translationId = translationId;
        this.sourceId = sourceId;
        this.createdAt = at;
    }

    Long getTranslationId() {
        return translationId;
    }

    long getSourceId() {
        return sourceId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Translation t && translationId != null && translationId.equals(t.translationId);
    }

    @Override
    public int hashCode() {
        return Translation.class.hashCode();
    }
}
