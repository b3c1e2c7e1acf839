package org.convene.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.base.db.SearchWords;
import org.convene.seminar.SeminarService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of registrations: the participant list and a registration's answers, approval
 * (in the order chosen), rejection, cancellation, promotion ahead of turn and check-in. Seat decisions
 * run under the seminar's lock ({@link SeminarLock}) through {@link Seats}; see {@link RegistrationService}
 * for the events.
 */
@Service
public class OrganiserRegistrationService {

    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final AnswerRepository answerRepository;
    private final SeminarLock lock;
    private final Seats seats;
    private final SeminarService seminars;
    private final ParticipantSearch search;
    private final Clock clock;

    OrganiserRegistrationService(RegistrationRepository registrations, QuestionRepository questions,
                                 AnswerRepository answerRepository, SeminarLock lock, Seats seats,
                                 SeminarService seminars, ParticipantSearch search, Clock clock) {
        this.registrations = registrations;
        this.questions = questions;
        this.answerRepository = answerRepository;
        this.lock = lock;
        this.seats = seats;
        this.seminars = seminars;
        this.search = search;
        this.clock = clock;
    }


    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<Registration> page(long seminarId, ParticipantFilter filter, Pageable pageable) {
        var f = filter == null ? ParticipantFilter.none() : filter;
        var words = SearchWords.of(f.text());
        if (words.isEmpty()) {
            return registrations.search(seminarId, f.status(), country(f), f.sector(), pageable);
        }
        var text = new ParticipantSearch.Filter(seminarId, f.status(), country(f), f.sector(), words);
        return new PageImpl<>(load(search.ids(text, pageable)), pageable, search.count(text));
    }

    /** The participant grid's rows: {@link #page} without counting every match (what a lazy grid needs). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public List<Registration> rows(long seminarId, ParticipantFilter filter, Pageable pageable) {
        var f = filter == null ? ParticipantFilter.none() : filter;
        var words = SearchWords.of(f.text());
        if (words.isEmpty()) {
            return registrations.searchSlice(seminarId, f.status(), country(f), f.sector(), pageable).getContent();
        }
        return load(search.ids(new ParticipantSearch.Filter(seminarId, f.status(), country(f), f.sector(), words), pageable));
    }

    /** The registrations of these ids, in the ids' order. */
    private List<Registration> load(List<Long> ids) {
        var byId = new HashMap<Long, Registration>();
        registrations.findAllById(ids).forEach(r -> byId.put(r.getId(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String country(ParticipantFilter f) {
        return f.country() == null || f.country().isBlank() ? null : f.country().strip().toUpperCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Registration get(long registrationId) {
        return registrations.findById(registrationId).orElseThrow(NotFoundException::new);
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void approve(long registrationId) {
        approveAll(List.of(registrationId));
    }

    /**
     * Approves pending registrations in the given order: each gets a seat while there is one, then a
     * place on the waiting list. If any is not pending, none is approved.
     */
    @PreAuthorize("hasRole('ORGANISER')")
    public void approveAll(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return;
        }
        var seminarId = seminarOf(registrationIds);
        lock.run(seminarId, () -> {
            var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
            var chosen = new ArrayList<Registration>();
            for (var id : registrationIds) {
                var r = registrations.findById(id).orElseThrow(NotFoundException::new);
                SeatRules.checkMayApprove(r.getStatus(), r.getFullName());
                chosen.add(r);
            }
            seats.fill(seminar);
            for (var r : chosen) {
                seats.seat(seminar, r);
                registrations.saveAndFlush(r);
                seats.announce(r, false);
            }
        });
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void reject(long registrationId, String reason) {
        var why = Validation.requireLine(reason, "reason", Registration.REASON_MAX);
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> {
            var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
            seats.reject(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new), r, why);
        });
    }

    /** An organiser cancels someone's registration (at any time); a freed seat goes to the first in line. */
    @PreAuthorize("hasRole('ORGANISER')")
    public void cancel(long registrationId) {
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> seats.cancel(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new),
                registrations.findById(registrationId).orElseThrow(NotFoundException::new)));
    }

    /** Moves someone from the waiting list to a seat, ahead of their turn; only when a seat is free. */
    @PreAuthorize("hasRole('ORGANISER')")
    public void promote(long registrationId) {
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> {
            var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
            var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
            SeatRules.checkMayPromote(r.getStatus(), seats.seatsLeft(seminar));
            seats.promote(r);
        });
    }

    /** Check-in: records (or withdraws) the arrival of a confirmed participant. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public Registration setAttended(long registrationId, boolean attended) {
        var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        SeatRules.checkMayCheckIn(r.getStatus());
        var now = clock.instant();
        r.attended(attended ? now : null, now);
        return registrations.saveAndFlush(r);
    }

    /** A registration's answers to the seminar's questions, in the questions' order (unanswered ones too). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public List<QuestionAnswer> answers(long registrationId) {
        var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        var byQuestion = new HashMap<Long, String>();
        answerRepository.findByRegistrationId(registrationId).forEach(a -> byQuestion.put(a.getQuestionId(), a.getAnswer()));
        return questions.findBySeminarIdOrderByPositionAsc(r.getSeminarId()).stream()
                .map(q -> new QuestionAnswer(q.getId(), q.getLabel(), q.getKind(), byQuestion.getOrDefault(q.getId(), "")))
                .toList();
    }

    /** How many registrations of a seminar have this status. */
    @Transactional(readOnly = true)
    public long count(long seminarId, RegistrationStatus status) {
        return registrations.countBySeminarIdAndStatus(seminarId, status);
    }

    /** Gives free seats to the first in line (after a capacity increase); harmless when there are none. */
    public void fillFreeSeats(long seminarId) {
        lock.run(seminarId, () -> seats.fill(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new)));
    }

    private long seminarOf(Collection<Long> registrationIds) {
        var seminarIds = registrations.findAllById(registrationIds).stream().map(Registration::getSeminarId).distinct().toList();
        if (seminarIds.size() != 1 || registrations.findAllById(registrationIds).size() != Set.copyOf(registrationIds).size()) {
            throw new NotFoundException();
        }
        return seminarIds.getFirst();
    }
}
