package org.convene.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.convene.base.AbstractEntity;

/** One question of a review checklist, with guidance for whoever answers it. */
@Entity
@Table(name = "review_checklist_item")
class ChecklistItem extends AbstractEntity {

    static final int QUESTION_MAX = 500;
    static final int GUIDANCE_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id", nullable = false)
    private ReviewChecklist checklist;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "question", nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "guidance", nullable = false, length = GUIDANCE_MAX)
    private String guidance = "";

    protected ChecklistItem() {
    }

    ChecklistItem(ReviewChecklist checklist, int position, String question, String guidance) {
        this.checklist = checklist;
        this.position = position;
        this.question = question;
        this.guidance = guidance;
    }

    int getPosition() {
        return position;
    }

    String getQuestion() {
        return question;
    }

    String getGuidance() {
        return guidance;
    }

    void change(int position, String question, String guidance) {
        this.position = position;
        this.question = question;
        this.guidance = guidance;
    }
}
