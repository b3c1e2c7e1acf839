package org.convene.registration;

import java.time.Clock;
import java.util.List;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The additional questions of a seminar's registration form.
 *
 * <p>Once a question has answers it is frozen: it can be moved, but neither changed nor removed, so
 * every stored answer still means what the person answered (an organiser who needs a different
 * question adds a new one). Changes run under the seminar's lock, like registrations, so a question
 * cannot change while someone's answer to it is being stored.
 */
@Service
public class QuestionService {

    public static final int QUESTIONS_MAX = 30;

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final SeminarService seminars;
    private final SeminarLock lock;
    private final Clock clock;

    QuestionService(QuestionRepository questions, AnswerRepository answers, SeminarService seminars, SeminarLock lock,
                    Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.seminars = seminars;
        this.lock = lock;
        this.clock = clock;
    }

    /** The questions of a seminar the caller may see, in order (for the registration form); none marked answered. */
    @Transactional(readOnly = true)
    public List<Question> questions(long seminarId) {
        seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
        return questions.findBySeminarIdOrderByPositionAsc(seminarId).stream().map(q -> Question.of(q, false)).toList();
    }

    /** The organisers' list: a seminar's questions in order, each saying whether it has answers (one query for all). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public List<Question> questionsToManage(long seminarId) {
        seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
        var answered = answers.answeredQuestionIds(seminarId);
        return questions.findBySeminarIdOrderByPositionAsc(seminarId).stream()
                .map(q -> Question.of(q, answered.contains(q.getId()))).toList();
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public long add(long seminarId, QuestionForm form) {
        var clean = RegistrationQuestion.validate(form);
        return lock.call(seminarId, () -> {
            var last = questions.lastPosition(seminarId);
            if (questions.findBySeminarIdOrderByPositionAsc(seminarId).size() >= QUESTIONS_MAX) {
                throw new ConveneException("question.too-many", QUESTIONS_MAX);
            }
            return questions.saveAndFlush(new RegistrationQuestion(seminarId, last + 1, clean, clock.instant())).getId();
        });
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void update(long questionId, QuestionForm form) {
        var clean = RegistrationQuestion.validate(form);
        lock.run(seminarOf(questionId), () -> {
            var q = questions.findById(questionId).orElseThrow(NotFoundException::new);
            if (QuestionForm.of(q).equals(clean)) {
                return;
            }
            if (answers.existsByQuestionId(questionId)) {
                throw new ConveneException("question.answered");
            }
            q.apply(clean, clock.instant());
            questions.saveAndFlush(q);
        });
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void remove(long questionId) {
        var seminarId = seminarOf(questionId);
        lock.run(seminarId, () -> {
            var q = questions.findById(questionId).orElseThrow(NotFoundException::new);
            if (answers.existsByQuestionId(questionId)) {
                throw new ConveneException("question.answered");
            }
            var position = q.getPosition();
            questions.delete(q);
            questions.flush();
            questions.closeGap(seminarId, position);
        });
    }

    /** Moves a question one place up ({@code -1}) or down ({@code +1}); nothing happens at either end. */
    @PreAuthorize("hasRole('ORGANISER')")
    public void move(long questionId, int direction) {
        if (direction != -1 && direction != 1) {
            throw new IllegalArgumentException("direction must be -1 or 1");
        }
        var seminarId = seminarOf(questionId);
        lock.run(seminarId, () -> {
            var all = questions.findBySeminarIdOrderByPositionAsc(seminarId);
            var index = all.stream().map(RegistrationQuestion::getId).toList().indexOf(questionId);
            var other = index + direction;
            if (index < 0 || other < 0 || other >= all.size()) {
                return;
            }
            var a = all.get(index);
            var b = all.get(other);
            var pa = a.getPosition();
            var pb = b.getPosition();
            var now = clock.instant();
            // Through a free position: the unique key holds after every statement.
            a.moveTo(questions.lastPosition(seminarId) + 1, now);
            questions.saveAndFlush(a);
            b.moveTo(pa, now);
            questions.saveAndFlush(b);
            a.moveTo(pb, now);
            questions.saveAndFlush(a);
        });
    }

    private long seminarOf(long questionId) {
        return questions.findById(questionId).orElseThrow(NotFoundException::new).getSeminarId();
    }
}
