package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.List;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.QueryCounter;
import org.convene.account.Role;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seminar's questions cost the same number of queries for 2 choice questions as for 20: their options
 * come with the questions, not one query per question (issue 13, item 3).
 */
class QuestionQueryCountTest extends IntegrationTest {

    @Autowired
    QuestionService questions;
    @Autowired
    SeminarService seminars;

    @Test
    void the_questions_of_a_seminar_do_not_query_once_per_question() {
        signIn(aUser("Question Count Organiser", Role.ORGANISER));
        var seminarId = seminars.create(aSeminarForm("Question count " + UUID.randomUUID(), 30, 40));
        seminars.publish(seminarId);
        add(2, seminarId);
        var with2 = QueryCounter.count(() -> questions.questions(seminarId));

        add(18, seminarId);
        var with20 = QueryCounter.count(() -> questions.questions(seminarId));

        System.out.printf("statements for 2 questions / 20 questions: questions %d / %d%n", with2.statements(),
                with20.statements());
        assertThat(with2.result()).hasSize(2);
        assertThat(with20.result()).hasSize(20)
                .allSatisfy(q -> assertThat(q.options()).containsExactly("Prevention", "Treatment", "Harm reduction"));
        assertThat(with20.statements()).isEqualTo(with2.statements());

        // The organisers' list says which have answers: one query for all, not one per row.
        var manage2 = QueryCounter.count(() -> questions.questionsToManage(seminarId));
        add(5, seminarId);
        var manage25 = QueryCounter.count(() -> questions.questionsToManage(seminarId));
        assertThat(manage25.result()).hasSize(25).noneMatch(Question::answered);
        assertThat(manage25.statements()).isEqualTo(manage2.statements());
    }

    private void add(int count, long seminarId) {
        for (int i = 0; i < count; i++) {
            questions.add(seminarId, new QuestionForm(QuestionKind.SINGLE_CHOICE, "Track " + UUID.randomUUID(), false,
                    List.of("Prevention", "Treatment", "Harm reduction")));
        }
    }
}
