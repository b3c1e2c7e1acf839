package org.convene.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.convene.base.AbstractEntity;

/** One registration's answer to one additional question, as {@link RegistrationQuestion#normalise} made it. */
@Entity
@Table(name = "registration_answer")
class RegistrationAnswer extends AbstractEntity {

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private long questionId;

    @Column(name = "answer", nullable = false, columnDefinition = "TEXT")
    private String answer;

    protected RegistrationAnswer() {
    }

    RegistrationAnswer(long registrationId, long questionId, String answer) {
        this.registrationId = registrationId;
        this.questionId = questionId;
        this.answer = answer;
    }

    long getRegistrationId() {
        return registrationId;
    }

    long getQuestionId() {
        return questionId;
    }

    String getAnswer() {
        return answer;
    }
}
