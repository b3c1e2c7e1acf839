package org.convene.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.account.User;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.convene.base.db.TextSearch;
import org.convene.seminar.Seminar;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations, seats and the waiting list.
 *
 * <p>Every decision about seats runs under the seminar's lock ({@link SeminarLock}), so the
 * capacity is never exceeded whatever the number of people registering at once, and waiting-list
 * positions stay 1..n without gaps. A seat freed by a cancellation, a rejection or a capacity
 * increase goes to the first in line ({@link RegistrationPromoted}).
 *
 * <p>Events: a new registration publishes {@link RegistrationConfirmed}, {@link RegistrationWaitlisted}
 * or, when the seminar needs approval, {@link RegistrationSubmitted}; approval publishes Confirmed or
 * Waitlisted; a move from the waiting list to a seat publishes {@link RegistrationPromoted};
 * {@link RegistrationRejected} and {@link RegistrationCancelled} as named. One event per change.
 *
 * <p>Registering again after a cancellation re-activates the same registration (one row per person
 * and seminar) with the new answers, at the back of the queue like anyone else. After a rejection the
 * organiser's decision stands: registering again is refused.
 */
@Service
public class RegistrationService {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final RegistrationRepository registrations;
    private final InvitationRepository invitationRepository;
    private final QuestionRepository questions;
    private final AnswerRepository answerRepository;
    private final SeminarLock lock;
    private final SeminarService seminars;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, InvitationRepository invitationRepository, QuestionRepository questions,
                        AnswerRepository answerRepository, SeminarLock lock, SeminarService seminars,
                        AccountService accounts, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.invitationRepository = invitationRepository;
        this.questions = questions;
        this.answerRepository = answerRepository;
        this.lock = lock;
        this.seminars = seminars;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- participants

    /** Registers the signed-in person; returns the registration's id. */
    public long register(long seminarId, RegistrationForm form) {
        return register(seminarId, form, Map.of());
    }

    /**
     * Registers the signed-in person with their answers to the seminar's additional questions
     * (question id to the chosen options, or one text; see {@link RegistrationQuestion}); returns
     * the registration's id.
     */
    public long register(long seminarId, RegistrationForm form, Map<Long, List<String>> answers) {
        currentUser.require();
        var clean = validate(form);
        return uniquely(() -> lock.call(seminarId, () -> registerLocked(seminarId, accounts.me(), clean, answers)));
    }

    /**
     * A visitor creates their account and registers in one go (the inline sign-up of the registration
     * form): one transaction, so a refusal of either leaves nothing stored, neither the account nor the
     * registration. The account's fields are checked first (same rules as the sign-up page), then the
     * registration's. With an invitation token the registration accepts that invitation. The caller
     * signs the new person in afterwards. Returns the registration's id.
     */
    public long registerWithNewAccount(long seminarId, String invitationToken, SignUpForm account, Locale locale,
                                       RegistrationForm form, Map<Long, List<String>> answers) {
        if (currentUser.get().isPresent()) {
            throw new ConveneException("registration.signed-in");
        }
        if (account == null) {
            throw new ConveneException("validation.required");
        }
        var lockedSeminar = invitationToken == null ? seminarId
                : liveInvitation(invitationToken).orElseThrow(() -> new ConveneException("invitation.invalid")).getSeminarId();
        if (lockedSeminar != seminarId) {
            throw new ConveneException("invitation.invalid");
        }
        return uniquely(() -> lock.call(seminarId, () -> {
            var userId = accounts.signUp(account, locale);
            var clean = validate(form);
            var user = accounts.findAll(List.of(userId)).get(userId);
            return invitationToken == null ? registerLocked(seminarId, user, clean, answers)
                    : acceptLocked(invitationToken, seminarId, user, clean, answers);
        }));
    }

    private long registerLocked(long seminarId, User user, RegistrationForm clean, Map<Long, List<String>> answers) {
        var seminar = seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
        if (!seminar.acceptsRegistrations(clock)) {
            throw new ConveneException("registration.closed");
        }
        var registration = enrol(seminar, user, clean, answers, seminar.isApprovalRequired(), false);
        publishDecision(registration, true);
        return registration.getId();
    }

    private static long uniquely(java.util.function.LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (DataIntegrityViolationException e) {
            // The lock makes this unreachable in practice; the unique key is the last word.
            throw new ConveneException("registration.already");
        }
    }

    /**
     * Registers the signed-in person through a personal invitation link: no approval step and no
     * registration window (the organiser chose this person), but never once the seminar has started
     * and never beyond capacity (a full seminar means the waiting list). A registration already
     * waiting for approval gets its seat (or place in line) this way too. The invitation is then
     * ACCEPTED and its link used up. The link is the credential: whoever signs in with it accepts.
     */
    public long acceptInvitation(String token, RegistrationForm form, Map<Long, List<String>> answers) {
        currentUser.require();
        var clean = validate(form);
        var seminarId = liveInvitation(token).orElseThrow(() -> new ConveneException("invitation.invalid")).getSeminarId();
        return uniquely(() -> lock.call(seminarId, () -> acceptLocked(token, seminarId, accounts.me(), clean, answers)));
    }

    private long acceptLocked(String token, long seminarId, User user, RegistrationForm clean,
                              Map<Long, List<String>> answers) {
        var invitation = liveInvitation(token).orElseThrow(() -> new ConveneException("invitation.invalid"));
        if (invitation.getStatus() != InvitationStatus.SENT) {
            throw new ConveneException("invitation.used");
        }
        var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        if (seminar.getStatus() != SeminarStatus.PUBLISHED) {
            throw new ConveneException("registration.closed");
        }
        if (seminar.hasStarted(clock)) {
            throw new ConveneException("invitation.expired");
        }
        var registration = enrol(seminar, user, clean, answers, false, true);
        publishDecision(registration, false);
        invitation.accept(registration.getId(), clock.instant());
        invitationRepository.saveAndFlush(invitation);
        return registration.getId();
    }

    private Optional<Invitation> liveInvitation(String token) {
        if (!InvitationTokens.looksValid(token)) {
            return Optional.empty();
        }
        return invitationRepository.findByTokenHash(InvitationTokens.hash(token))
                .filter(i -> i.getStatus() != InvitationStatus.REVOKED);
    }

    /** Under the seminar's lock: stores the registration and its answers, with a seat, a place in line or pending. */
    private Registration enrol(Seminar seminar, User user, RegistrationForm clean, Map<Long, List<String>> answers,
                               boolean approval, boolean invited) {
        var stored = normaliseAnswers(seminar.getId(), answers);
        long userId = user.getId();
        var now = clock.instant();
        var registration = registrations.findBySeminarIdAndUserId(seminar.getId(), userId).orElse(null);
        var pendingInvited = invited && registration != null && registration.getStatus() == RegistrationStatus.PENDING;
        if (registration != null && registration.getStatus().isActive() && !pendingInvited) {
            throw new ConveneException("registration.already");
        }
        if (registration != null && registration.getStatus() == RegistrationStatus.REJECTED) {
            throw new ConveneException("registration.rejected-before");
        }
        if (registration == null) {
            registration = new Registration(seminar.getId(), userId, now);
        }
        registration.fill(clean, user.getDisplayName(), user.getEmail(), now);
        fillSeats(seminar);
        if (approval) {
            registration.pend(now);
        } else {
            seat(seminar, registration);
        }
        registrations.saveAndFlush(registration);
        var id = registration.getId();
        answerRepository.deleteByRegistration(id);
        answerRepository.saveAllAndFlush(stored.entrySet().stream()
                .map(e -> new RegistrationAnswer(id, e.getKey(), e.getValue())).toList());
        return registration;
    }

    /** Question id to stored answer, only the questions answered; refuses on the question's field. */
    private Map<Long, String> normaliseAnswers(long seminarId, Map<Long, List<String>> answers) {
        var given = answers == null ? Map.<Long, List<String>>of() : answers;
        var stored = new LinkedHashMap<Long, String>();
        for (var q : questions.findBySeminarIdOrderByPositionAsc(seminarId)) {
            var answer = q.normalise(given.get(q.getId()));
            if (!answer.isEmpty()) {
                stored.put(q.getId(), answer);
            }
        }
        return stored;
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

    /** The signed-in person cancels their own registration, until the seminar starts. */
    public void cancelMine(long registrationId) {
        var me = currentUser.requireId();
        var seminarId = registrations.findById(registrationId)
                .filter(r -> r.getUserId() != null && r.getUserId() == me)
                .orElseThrow(NotFoundException::new).getSeminarId();
        lock.run(seminarId, () -> {
            var registration = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
            var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
            if (seminar.hasStarted(clock)) {
                throw new ConveneException("registration.cancel.started");
            }
            cancel(seminar, registration);
        });
    }

    /** The signed-in person's registrations with their seminars. */
    @Transactional(readOnly = true)
    public Page<MyRegistration> mine(Pageable pageable) {
        return registrations.findByUserId(currentUser.requireId(), pageable)
                .map(r -> new MyRegistration(r, seminars.findForSystem(r.getSeminarId()).orElseThrow(NotFoundException::new)));
    }

    /** The signed-in person's registration for a seminar (cancelled and rejected ones included). */
    @Transactional(readOnly = true)
    public Optional<Registration> mine(long seminarId) {
        return currentUser.get().flatMap(me -> registrations.findBySeminarIdAndUserId(seminarId, me.id()));
    }

    /**
     * Confirmed participants who agreed to appear on the participant list: for organisers and for the
     * seminar's own confirmed participants.
     */
    @Transactional(readOnly = true)
    public List<Registration> listedParticipants(long seminarId) {
        var me = currentUser.require();
        var allowed = currentUser.hasRole(Role.ORGANISER) || registrations.findBySeminarIdAndUserId(seminarId, me.id())
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).isPresent();
        if (!allowed) {
            throw new AccessDeniedException();
        }
        return registrations.listed(seminarId);
    }

    // ---------------------------------------------------------------- organisers

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Page<Registration> page(long seminarId, ParticipantFilter filter, Pageable pageable) {
        var f = filter == null ? ParticipantFilter.none() : filter;
        var text = TextSearch.of(f.text());
        return registrations.search(seminarId, f.status(), country(f), f.sector(), text.fullText(), text.like(), pageable);
    }

    /** The participant grid's rows: {@link #page} without counting every match (what a lazy grid needs). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public List<Registration> rows(long seminarId, ParticipantFilter filter, Pageable pageable) {
        var f = filter == null ? ParticipantFilter.none() : filter;
        var text = TextSearch.of(f.text());
        return registrations.searchSlice(seminarId, f.status(), country(f), f.sector(), text.fullText(), text.like(), pageable)
                .getContent();
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
                if (r.getStatus() != RegistrationStatus.PENDING) {
                    throw new ConveneException("registration.approve.not-pending", r.getFullName());
                }
                chosen.add(r);
            }
            fillSeats(seminar);
            for (var r : chosen) {
                seat(seminar, r);
                registrations.saveAndFlush(r);
                publishDecision(r, false);
            }
        });
    }

    @PreAuthorize("hasRole('ORGANISER')")
    public void reject(long registrationId, String reason) {
        var why = Validation.requireLine(reason, "reason", Registration.REASON_MAX);
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> {
            var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
            if (r.getStatus() != RegistrationStatus.PENDING && r.getStatus() != RegistrationStatus.WAITLISTED) {
                throw new ConveneException("registration.reject.not-allowed");
            }
            var position = r.getWaitlistPosition();
            r.reject(why, clock.instant());
            registrations.saveAndFlush(r);
            if (position != null) {
                registrations.closeWaitlistGap(seminarId, position);
            }
            events.publishEvent(new RegistrationRejected(r.getId(), seminarId, userIdOf(r), why, r.getVersion()));
            fillSeats(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new));
        });
    }

    /** An organiser cancels someone's registration (at any time); a freed seat goes to the first in line. */
    @PreAuthorize("hasRole('ORGANISER')")
    public void cancel(long registrationId) {
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> cancel(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new),
                registrations.findById(registrationId).orElseThrow(NotFoundException::new)));
    }

    /** Moves someone from the waiting list to a seat, ahead of their turn; only when a seat is free. */
    @PreAuthorize("hasRole('ORGANISER')")
    public void promote(long registrationId) {
        var seminarId = seminarOf(List.of(registrationId));
        lock.run(seminarId, () -> {
            var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
            var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
            if (r.getStatus() != RegistrationStatus.WAITLISTED) {
                throw new ConveneException("registration.promote.not-waitlisted");
            }
            if (seatsLeft(seminar) <= 0) {
                throw new ConveneException("registration.promote.full");
            }
            promote(r);
        });
    }

    /** Check-in: records (or withdraws) the arrival of a confirmed participant. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISER')")
    public Registration setAttended(long registrationId, boolean attended) {
        var r = registrations.findById(registrationId).orElseThrow(NotFoundException::new);
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new ConveneException("registration.check-in.not-confirmed");
        }
        var now = clock.instant();
        r.attended(attended ? now : null, now);
        return registrations.saveAndFlush(r);
    }

    // ---------------------------------------------------------------- other modules

    /** Seats taken and waiting list size, for {@link org.convene.seminar.SeminarAvailability}. */
    @Transactional(readOnly = true)
    public long count(long seminarId, RegistrationStatus status) {
        return registrations.countBySeminarIdAndStatus(seminarId, status);
    }

    /** People holding a seat, for listeners (notifications, calendar). */
    @Transactional(readOnly = true)
    public List<Long> confirmedUserIds(long seminarId) {
        return registrations.userIds(seminarId, RegistrationStatus.CONFIRMED);
    }

    /** Seminars where this person holds a seat, for listeners and feeds. */
    @Transactional(readOnly = true)
    public List<Long> confirmedSeminarIds(long userId) {
        return registrations.seminarIds(userId, RegistrationStatus.CONFIRMED);
    }

    /** For trusted callers inside the application (listeners, jobs): no access rule. */
    @Transactional(readOnly = true)
    public Optional<Registration> findForSystem(long registrationId) {
        return registrations.findById(registrationId);
    }

    /** Gives free seats to the first in line (after a capacity increase); harmless when there are none. */
    public void fillFreeSeats(long seminarId) {
        lock.run(seminarId, () -> fillSeats(seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new)));
    }

    // ---------------------------------------------------------------- personal data

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
        var result = new ArrayList<MyRegistrationData>();
        for (var r : mine) {
            var seminar = seminars.findForSystem(r.getSeminarId()).orElseThrow(NotFoundException::new);
            var labels = new HashMap<Long, RegistrationQuestion>();
            questions.findBySeminarIdOrderByPositionAsc(r.getSeminarId()).forEach(q -> labels.put(q.getId(), q));
            var answers = answersByRegistration.getOrDefault(r.getId(), List.of()).stream()
                    .filter(a -> labels.containsKey(a.getQuestionId()))
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
                    cancel(seminar, r);
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

    // ---------------------------------------------------------------- rules (under the seminar's lock)

    private void cancel(Seminar seminar, Registration r) {
        if (!r.getStatus().isActive()) {
            throw new ConveneException("registration.cancel.not-active");
        }
        var position = r.getWaitlistPosition();
        r.cancel(clock.instant());
        registrations.saveAndFlush(r);
        if (position != null) {
            registrations.closeWaitlistGap(seminar.getId(), position);
        }
        events.publishEvent(new RegistrationCancelled(r.getId(), seminar.getId(), userIdOf(r), r.getVersion()));
        fillSeats(seminar);
    }

    /** A seat if one is free, else the back of the waiting list. */
    private void seat(Seminar seminar, Registration r) {
        if (seatsLeft(seminar) > 0) {
            r.confirm(clock.instant());
        } else {
            r.waitlist(registrations.lastWaitlistPosition(seminar.getId()) + 1, clock.instant());
        }
    }

    /** Gives every free seat to the first in line, in order. */
    private void fillSeats(Seminar seminar) {
        var free = seatsLeft(seminar);
        while (free > 0) {
            var next = registrations.findFirstBySeminarIdAndStatusOrderByWaitlistPositionAsc(seminar.getId(),
                    RegistrationStatus.WAITLISTED);
            if (next.isEmpty()) {
                return;
            }
            promote(next.get());
            free--;
        }
    }

    private void promote(Registration r) {
        var position = r.getWaitlistPosition();
        r.confirm(clock.instant());
        registrations.saveAndFlush(r);
        registrations.closeWaitlistGap(r.getSeminarId(), position);
        events.publishEvent(new RegistrationPromoted(r.getId(), r.getSeminarId(), userIdOf(r), r.getVersion()));
    }

    private long seatsLeft(Seminar seminar) {
        return seminar.getCapacity() - registrations.countBySeminarIdAndStatus(seminar.getId(), RegistrationStatus.CONFIRMED);
    }

    private void publishDecision(Registration r, boolean isNew) {
        var id = r.getId();
        var seminarId = r.getSeminarId();
        var userId = userIdOf(r);
        var version = r.getVersion();
        switch (r.getStatus()) {
            case CONFIRMED -> events.publishEvent(new RegistrationConfirmed(id, seminarId, userId, version));
            case WAITLISTED -> events.publishEvent(new RegistrationWaitlisted(id, seminarId, userId, version));
            case PENDING -> {
                if (isNew) {
                    events.publishEvent(new RegistrationSubmitted(id, seminarId, userId, version));
                }
            }
            default -> throw new IllegalStateException("Not a decision: " + r.getStatus());
        }
    }

    private static long userIdOf(Registration r) {
        return r.getUserId() == null ? 0L : r.getUserId();
    }

    private long seminarOf(Collection<Long> registrationIds) {
        var seminarIds = registrations.findAllById(registrationIds).stream().map(Registration::getSeminarId).distinct().toList();
        if (seminarIds.size() != 1 || registrations.findAllById(registrationIds).size() != Set.copyOf(registrationIds).size()) {
            throw new NotFoundException();
        }
        return seminarIds.getFirst();
    }

    /** Checks and normalises a form, whatever the UI already checked. */
    static RegistrationForm validate(RegistrationForm f) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var organisation = Validation.optionalLine(f.organisation(), "organisation", Registration.ORGANISATION_MAX);
        var country = Validation.requireLine(f.country(), "country", 2).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw ConveneException.onField("country", "registration.country.invalid");
        }
        if (f.sector() == null) {
            throw ConveneException.onField("sector", "validation.required");
        }
        var accessibility = Validation.optionalText(f.accessibilityNeeds(), "accessibilityNeeds", Registration.ACCESSIBILITY_MAX);
        var dietary = Validation.optionalText(f.dietaryNeeds(), "dietaryNeeds", Registration.DIETARY_MAX);
        var language = Validation.optionalLine(f.interpretationLanguage(), "interpretationLanguage", 8).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && (language.length() != 2 || !LANGUAGES.contains(language))) {
            throw ConveneException.onField("interpretationLanguage", "registration.language.invalid");
        }
        if (!f.privacyConsent()) {
            throw ConveneException.onField("privacyConsent", "registration.privacy.required");
        }
        return new RegistrationForm(organisation, country, f.sector(), f.gender(), accessibility, dietary, language,
                f.listedConsent(), true);
    }
}
