package org.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.registration.RegistrationFixtures.aRegistrationForm;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authorization.AuthorizationDeniedException;

class QuestionServiceTest extends IntegrationTest {

    @Autowired
    QuestionService questions;
    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganiserRegistrationService organisers;
    @Autowired
    SeminarService seminars;

    String organiser;

    @BeforeEach
    void anOrganiser() {
        organiser = aUser("Question Organiser", Role.ORGANISER);
    }

    @Test
    void missing_required_answers_and_answers_outside_the_options_are_refused_on_their_question_and_nothing_is_stored() {
        var seminar = seminar("Questions refused");
        var role = questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "Your role", true, List.of()));
        var track = questions.add(seminar, new QuestionForm(QuestionKind.SINGLE_CHOICE, "Track", true, List.of("Prevention", "Treatment")));
        var topics = questions.add(seminar, new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Topics", false,
                List.of("Cannabis", "Opioids", "Stimulants")));
        var dinner = questions.add(seminar, new QuestionForm(QuestionKind.YES_NO, "Dinner", false, List.of()));
        var notes = questions.add(seminar, new QuestionForm(QuestionKind.LONG_TEXT, "Notes", false, List.of()));
        var good = Map.of(role, List.of("Nurse"), track, List.of("Prevention"));

        signIn(aUser("Careless Answerer"));
        assertRefused(seminar, Map.of(track, List.of("Prevention")), "question-" + role, "validation.required");
        assertRefused(seminar, Map.of(role, List.of("   "), track, List.of("Prevention")), "question-" + role, "validation.required");
        assertRefused(seminar, Map.of(role, List.of("Nurse")), "question-" + track, "validation.required");
        assertRefused(seminar, with(good, track, List.of("Harm reduction")), "question-" + track, "question.answer.not-an-option");
        assertRefused(seminar, with(good, track, List.of("Prevention", "Treatment")), "question-" + track, "question.answer.one-only");
        assertRefused(seminar, with(good, topics, List.of("Cannabis", "Alcohol")), "question-" + topics, "question.answer.not-an-option");
        assertRefused(seminar, with(good, dinner, List.of("maybe")), "question-" + dinner, "question.answer.not-an-option");
        assertRefused(seminar, with(good, role, List.of("x".repeat(201))), "question-" + role, "validation.too-long");
        assertRefused(seminar, with(good, notes, List.of("y".repeat(2001))), "question-" + notes, "validation.too-long");
        assertRefused(seminar, with(good, role, List.of("Nurse\u0000")), "question-" + role, "validation.control-characters");

        assertThat(registrations.mine(seminar)).isEmpty();
        signIn(organiser);
        assertThat(organisers.page(seminar, ParticipantFilter.none(), Pageable.ofSize(10)).getTotalElements()).isZero();
        assertThat(questions.questionsToManage(seminar)).noneMatch(Question::answered);
    }

    @Test
    void valid_answers_are_stored_normalised_with_the_registration() {
        var seminar = seminar("Questions answered");
        var role = questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "Your role", true, List.of()));
        var topics = questions.add(seminar, new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Topics", false,
                List.of("Cannabis", "Opioids", "Stimulants")));
        var dinner = questions.add(seminar, new QuestionForm(QuestionKind.YES_NO, "Dinner", true, List.of()));
        var notes = questions.add(seminar, new QuestionForm(QuestionKind.LONG_TEXT, "Notes", false, List.of()));

        signIn(aUser("Careful Answerer"));
        var id = registrations.register(seminar, aRegistrationForm(), Map.of(role, List.of("  Nurse "),
                topics, List.of("Stimulants", "Cannabis"), dinner, List.of("YES")));

        signIn(organiser);
        assertThat(organisers.answers(id)).containsExactly(
                new QuestionAnswer(role, "Your role", QuestionKind.SHORT_TEXT, "Nurse"),
                new QuestionAnswer(topics, "Topics", QuestionKind.MULTIPLE_CHOICE, "Cannabis\nStimulants"),
                new QuestionAnswer(dinner, "Dinner", QuestionKind.YES_NO, "yes"),
                new QuestionAnswer(notes, "Notes", QuestionKind.LONG_TEXT, ""));
        assertThat(organisers.answers(id).get(1).values()).containsExactly("Cannabis", "Stimulants");
    }

    @Test
    void an_answered_question_can_be_moved_but_neither_changed_nor_removed() {
        var seminar = seminar("Questions frozen");
        var first = questions.add(seminar, new QuestionForm(QuestionKind.YES_NO, "Dinner", false, List.of()));
        var second = questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "Role", false, List.of()));
        var unanswered = questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "Unused", false, List.of()));
        signIn(aUser("Early Answerer"));
        registrations.register(seminar, aRegistrationForm(), Map.of(first, List.of("no")));

        signIn(organiser);
        assertThat(questions.questionsToManage(seminar)).extracting(Question::id, Question::answered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, true), org.assertj.core.groups.Tuple.tuple(second, false),
                        org.assertj.core.groups.Tuple.tuple(unanswered, false));
        assertThatThrownBy(() -> questions.update(first, new QuestionForm(QuestionKind.YES_NO, "Dinner on Friday", false, List.of())))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("question.answered"));
        assertThatThrownBy(() -> questions.remove(first))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("question.answered"));

        questions.move(first, 1);
        questions.remove(unanswered);
        questions.update(second, new QuestionForm(QuestionKind.SINGLE_CHOICE, "Role", true, List.of("Nurse", "Doctor", "")));
        var now = questions.questions(seminar);
        assertThat(now).extracting(Question::id).containsExactly(second, first);
        assertThat(now).extracting(Question::position).containsExactly(1, 2);
        assertThat(now.getFirst().options()).containsExactly("Nurse", "Doctor");
        assertThat(now.get(1).label()).isEqualTo("Dinner");
    }

    @Test
    void bad_questions_are_refused_and_only_organisers_manage_them() {
        var seminar = seminar("Questions checked");
        assertThatThrownBy(() -> questions.add(seminar, new QuestionForm(QuestionKind.SINGLE_CHOICE, "Track", true, List.of("Only one"))))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("options"));
        assertThatThrownBy(() -> questions.add(seminar, new QuestionForm(QuestionKind.MULTIPLE_CHOICE, "Track", true, List.of("A", "A"))))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("question.options.duplicate"));
        assertThatThrownBy(() -> questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, " ", true, List.of())))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("label"));
        assertThatThrownBy(() -> questions.add(seminar, new QuestionForm(null, "Kind?", true, List.of())))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getField()).isEqualTo("kind"));
        assertThat(questions.questions(seminar)).isEmpty();

        signIn(aUser("Meddling Participant"));
        assertThatThrownBy(() -> questions.add(seminar, new QuestionForm(QuestionKind.SHORT_TEXT, "Mine", false, List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(questions.questions(seminar)).isEmpty();
    }

    private void assertRefused(long seminar, Map<Long, List<String>> answers, String field, String key) {
        assertThatThrownBy(() -> registrations.register(seminar, aRegistrationForm(), answers))
                .isInstanceOfSatisfying(ConveneException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo(key);
                });
    }

    private static Map<Long, List<String>> with(Map<Long, List<String>> base, long question, List<String> answer) {
        var m = new java.util.HashMap<>(base);
        m.put(question, answer);
        return m;
    }

    private long seminar(String title) {
        signIn(organiser);
        var id = seminars.create(aSeminarForm(title + " " + UUID.randomUUID(), 30, 10));
        seminars.publish(id);
        return id;
    }
}
