package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The team's answer to one checklist item for one statement. */
@Entity
@Table(name = "statement_checklist_answer")
class ChecklistAnswer {

    static final int NOTE_MAX = 2000;

    @Embeddable
    record Key(@Column(name = "statement_id") Long statementId, @Column(name = "item_id") Long itemId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false, length = 14)
    private CheckAnswer answer;

    @Column(name = "note", nullable = false, length = NOTE_MAX)
    private String note = "";

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ChecklistAnswer() {
    }

    ChecklistAnswer(long statementId, long itemId) {
        this.key = new Key(statementId, itemId);
    }

    Key getKey() {
        return key;
    }

    CheckAnswer getAnswer() {
        return answer;
    }

    String getNote() {
        return note;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    void answer(CheckAnswer answer, String note, long by, Instant at) {
        this.answer = answer;
        this.note = note;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistAnswer a && key != null && key.equals(a.key);
    }

    @Override
    public int hashCode() {
        return ChecklistAnswer.class.hashCode();
    }
}
