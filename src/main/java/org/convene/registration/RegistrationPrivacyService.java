package org.convene.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.User;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal data kept with registrations: what a person sees in "my data", and forgetting them. */
@Service
public class RegistrationPrivacyService {

    private final RegistrationRepository registrations;
    private final InvitationRepository invitationRepository;
    private final QuestionRepository questions;
    private final AnswerRepository answerRepository;
    private final SeminarLock lock;
    private final Seats seats;
    private final SeminarService seminars;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegistrationPrivacyService(RegistrationRepository registrations, InvitationRepository invitationRepository,
                               QuestionRepository questions, AnswerRepository answerRepository, SeminarLock lock,
                               Seats seats, SeminarService seminars, AccountService accounts, CurrentUser currentUser,
                               Clock clock) {
        this.registrations = registrations;
        this.invitationRepository = invitationRepository;
        this.questions = questions;
        this.answerRepository = answerRepository;
        this.lock = lock;
        this.seats = seats;
        this.seminars = seminars;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Everything kept about the signed-in person's registrations, with their answers, for "my data"
     * and its download. Only their own rows, whoever asks.
     */
    @Transactional(readOnly = true)
    public List<MyRegistrationData> myData() {
        var mine = registrations.findByUserIdOrderByCreatedAtAsc(currentUser.requireId());
        if (mine.isEmpty()) {
            return List.of();
        }
        var answersByRegistration = new HashMap<Long, List<RegistrationAnswer>>();
        answerRepository.findByRegistrationIdIn(mine.stream().map(Registration::getId).toList())
                .forEach(a -> answersByRegistration.computeIfAbsent(a.getRegistrationId(), k -> new ArrayList<>()).add(a));
        // Their seminars and those seminars' questions in one query each, not one per registration.
        var seminarIds = mine.stream().map(Registration::getSeminarId).distinct().toList();
        var seminarsById = seminars.findAllForSystem(seminarIds);
        var labels = new HashMap<Long, RegistrationQuestion>();
        questions.findBySeminarIdIn(seminarIds).forEach(q -> labels.put(q.getId(), q));
        var result = new ArrayList<MyRegistrationData>();
        for (var r : mine) {
            var seminar = seminarsById.get(r.getSeminarId());
            if (seminar == null) {
                throw new NotFoundException();
            }
            var answers = answersByRegistration.getOrDefault(r.getId(), List.of()).stream()
                    .filter(a -> labels.containsKey(a.getQuestionId())
                            && labels.get(a.getQuestionId()).getSeminarId() == r.getSeminarId())
                    .map(a -> new QuestionAnswer(a.getQuestionId(), labels.get(a.getQuestionId()).getLabel(),
                            labels.get(a.getQuestionId()).getKind(), a.getAnswer()))
                    .toList();
            result.add(MyRegistrationData.of(r, seminar, answers));
        }
        return result;
    }

    /**
     * Account deletion, inside its transaction (see {@link RegistrationAccountListener}): a seat, a place in
     * line or a pending request for a seminar that has not started is cancelled first (the waiting
     * list moves up), then every registration of the person is anonymised like the retention job
     * does, so the statistics keep counting it; their answers and the invitations sent to them go.
     */
    void forget(long userId) {
        var email = accounts.findAll(List.of(userId)).values().stream().map(User::getEmail).findFirst().orElse("");
        var ids = registrations.findByUserIdOrderByCreatedAtAsc(userId).stream()
                .map(r -> new long[] {r.getId(), r.getSeminarId()}).toList();
        for (var pair : ids) {
            lock.run(pair[1], () -> {
                var seminar = seminars.findForSystem(pair[1]).orElseThrow(NotFoundException::new);
                var r = registrations.findById(pair[0]).orElseThrow(NotFoundException::new);
                if (r.getStatus().isActive() && !seminar.hasStarted(clock)) {
                    seats.cancel(seminar, r);
                }
                answerRepository.deleteByRegistration(pair[0]);
                var fresh = registrations.findById(pair[0]).orElseThrow(NotFoundException::new);
                fresh.anonymise(clock.instant());
                registrations.saveAndFlush(fresh);
            });
        }
        var registrationIds = ids.stream().map(p -> p[0]).toList();
        invitationRepository.deleteForPerson(registrationIds.isEmpty() ? List.of(-1L) : registrationIds,
                email.toLowerCase(Locale.ROOT));
    }
}
