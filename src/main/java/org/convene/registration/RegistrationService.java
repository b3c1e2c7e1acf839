package org.convene.registration;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.account.EmailVerificationService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.account.User;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.IsoCodes;
import org.convene.base.NotFoundException;
import org.convene.base.Tokens;
import org.convene.base.Validation;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's side of registrations: registering (also with a new account or through an
 * invitation), cancelling, and what they see of their registrations. The organisers' commands are in
 * {@link OrganiserRegistrationService}, personal data in {@link RegistrationPrivacyService}.
 *
 * <p>Every decision about seats runs under the seminar's lock ({@link SeminarLock}) in {@link Seats}, so the
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

    private final RegistrationRepository registrations;
    private final InvitationRepository invitationRepository;
    private final QuestionRepository questions;
    private final AnswerRepository answerRepository;
    private final SeminarLock lock;
    private final Seats seats;
    private final SeminarService seminars;
    private final AccountService accounts;
    private final EmailVerificationService verification;
    private final CurrentUser currentUser;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, InvitationRepository invitationRepository, QuestionRepository questions,
                        AnswerRepository answerRepository, SeminarLock lock, Seats seats, SeminarService seminars,
                        AccountService accounts, EmailVerificationService verification, CurrentUser currentUser, Clock clock) {
        this.registrations = registrations;
        this.invitationRepository = invitationRepository;
        this.questions = questions;
        this.answerRepository = answerRepository;
        this.lock = lock;
        this.seats = seats;
        this.seminars = seminars;
        this.accounts = accounts;
        this.verification = verification;
        this.currentUser = currentUser;
        this.clock = clock;
    }

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
        // Decided together with whoever else is in line for the seminar: one commit for them all (SeatBatches).
        return uniquely(() -> lock.decide(seminarId, () -> openSeminar(seminarId, accounts.me(), answers),
                (newcomer, seminar) -> registerLocked(seminarId, seminar, newcomer, clean)));
    }

    /**
     * A visitor creates their account and registers in one go (the inline sign-up of the registration
     * form): one transaction, so a refusal of either leaves nothing stored, neither the account nor the
     * registration. The account's fields are checked first (same rules as the sign-up page), then the
     * registration's. With an invitation token the registration accepts that invitation. The new
     * account's address is not confirmed yet, so the registration waits ({@link RegistrationStatus#UNVERIFIED})
     * until it is. When the address already has an account, nothing is stored, its owner is told by
     * e-mail and the result is empty: the caller answers exactly as for a new account (no way to learn
     * who has one), and signs nobody in. Returns the registration's id.
     */
    public java.util.OptionalLong registerWithNewAccount(long seminarId, String invitationToken, SignUpForm account,
                                                         Locale locale, RegistrationForm form, Map<Long, List<String>> answers) {
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
        var clean = validate(form);
        // The account is created before the seminar's lock is taken, in the same transaction: a refusal
        // under the lock still leaves nothing stored.
        var registrationId = uniquely(() -> lock.call(seminarId, () -> {
            var userId = accounts.signUp(account, locale);
            if (userId.isEmpty()) {
                return null;
            }
            var user = accounts.findAll(List.of(userId.getAsLong())).get(userId.getAsLong());
            return invitationToken == null ? openSeminar(seminarId, user, answers) : newcomer(seminarId, user, answers, true);
        }, (newcomer, seminar) -> {
            if (newcomer == null) {
                return -1L;
            }
            return invitationToken == null ? registerLocked(seminarId, seminar, newcomer, clean)
                    : acceptLocked(invitationToken, seminarId, seminar, newcomer, clean);
        }));
        return registrationId < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(registrationId);
    }

    /**
     * Before the lock: the seminar accepts registrations now, and everything about the newcomer that does
     * not decide a seat (their answers, whether they may register, whether their address is confirmed).
     */
    private Newcomer openSeminar(long seminarId, User user, Map<Long, List<String>> answers) {
        var seminar = seminars.findVisible(seminarId).orElseThrow(NotFoundException::new);
        if (!seminar.acceptsRegistrations(clock)) {
            throw new ConveneException("registration.closed");
        }
        return newcomer(seminarId, user, answers, false).withApproval(seminar.approvalRequired());
    }

    private Newcomer newcomer(long seminarId, User user, Map<Long, List<String>> answers, boolean invited) {
        var stored = normaliseAnswers(seminarId, answers);
        var before = registrations.statusOf(seminarId, user.getId());
        if (!invited) {
            // Early, for a plain registration; checked again under the lock. An invitation is checked first.
            SeatRules.checkMayEnrol(before.orElse(null), false);
        }
        return new Newcomer(user, stored, before.isPresent(), verification.isEmailVerified(user.getId()), false);
    }

    /** Who registers, as prepared before the seminar's lock is taken. */
    private record Newcomer(User user, Map<Long, String> answers, boolean registeredBefore, boolean verified,
                            boolean approval) {
        Newcomer withApproval(boolean needed) {
            return new Newcomer(user, answers, registeredBefore, verified, needed);
        }
    }

    private long registerLocked(long seminarId, RegistrationRepository.LockedSeminar seminar, Newcomer newcomer,
                                RegistrationForm clean) {
        // Closed or cancelled while this request waited for the lock.
        if (!SeminarStatus.PUBLISHED.name().equals(seminar.getStatus())) {
            throw new ConveneException("registration.closed");
        }
        var registration = enrol(seminarId, seminar.getCapacity(), newcomer, clean, false);
        seats.announce(registration, true);
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
        return uniquely(() -> lock.call(seminarId, () -> newcomer(seminarId, accounts.me(), answers, true),
                (newcomer, seminar) -> acceptLocked(token, seminarId, seminar, newcomer, clean)));
    }

    private long acceptLocked(String token, long seminarId, RegistrationRepository.LockedSeminar locked, Newcomer newcomer,
                              RegistrationForm clean) {
        var invitation = liveInvitation(token).orElseThrow(() -> new ConveneException("invitation.invalid"));
        if (invitation.getStatus() != InvitationStatus.SENT) {
            throw new ConveneException("invitation.used");
        }
        var seminar = seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        if (seminar.status() != SeminarStatus.PUBLISHED) {
            throw new ConveneException("registration.closed");
        }
        if (seminar.hasStarted(clock)) {
            throw new ConveneException("invitation.expired");
        }
        var registration = enrol(seminarId, locked.getCapacity(), newcomer, clean, true);
        seats.announce(registration, false);
        invitation.accept(registration.getId(), clock.instant());
        invitationRepository.saveAndFlush(invitation);
        return registration.getId();
    }

    private Optional<Invitation> liveInvitation(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitationRepository.findByTokenHash(Tokens.hash(token))
                .filter(i -> i.getStatus() != InvitationStatus.REVOKED);
    }

    /**
     * Under the seminar's lock: stores the registration and its answers, with a seat, a place in line or
     * pending (approval, or an address not yet confirmed). An earlier registration of the same person is
     * read again here, under the lock, and re-activated.
     */
    private Registration enrol(long seminarId, int capacity, Newcomer newcomer, RegistrationForm clean, boolean invited) {
        var user = newcomer.user();
        var now = clock.instant();
        Registration registration;
        if (newcomer.registeredBefore()) {
            registration = registrations.findBySeminarIdAndUserId(seminarId, user.getId()).orElseThrow(NotFoundException::new);
            SeatRules.checkMayEnrol(registration.getStatus(), invited);
        } else {
            registration = new Registration(seminarId, user.getId(), now);
        }
        registration.fill(clean, user.getDisplayName(), user.getEmail(), now);
        if (!newcomer.verified()) {
            seats.fill(seminarId, capacity);
            registration.awaitVerification(now);
        } else if (newcomer.approval() && !invited) {
            seats.fill(seminarId, capacity);
            registration.pend(now);
        } else {
            seats.seatNewcomer(seminarId, capacity, registration);
        }
        registration = registrations.saveAndFlush(registration);
        var id = registration.getId();
        if (newcomer.registeredBefore()) {
            answerRepository.deleteByRegistration(id);
        }
        if (!newcomer.answers().isEmpty()) {
            answerRepository.saveAllAndFlush(newcomer.answers().entrySet().stream()
                    .map(e -> new RegistrationAnswer(id, e.getKey(), e.getValue())).toList());
        }
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
            seats.cancel(seminar, registration);
        });
    }

    /** The signed-in person's registrations with their seminars. */
    @Transactional(readOnly = true)
    public Page<MyRegistration> mine(Pageable pageable) {
        var page = registrations.findByUserId(currentUser.requireId(), pageable);
        // The page's seminars in one query, not one per row.
        var byId = seminars.findAllForSystem(page.stream().map(Registration::getSeminarId).distinct().toList());
        return page.map(r -> {
            var seminar = byId.get(r.getSeminarId());
            if (seminar == null) {
                throw new NotFoundException();
            }
            return new MyRegistration(r, seminar, r.getStatus().isActive() && !seminar.hasStarted(clock));
        });
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
    // ---------------------------------------------------------------- other modules

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

    /**
     * The person confirmed their e-mail address: each of their registrations that waited for it goes
     * through the seat rules now, oldest first, each under its seminar's lock, exactly as a new
     * registration would (a seat, the waiting list, or the organisers' approval; one that came through an
     * invitation needs no approval). One for a seminar that has started or is no longer published is
     * cancelled without a message. Harmless when nothing waits.
     */
    public void releaseAwaitingVerification(long userId) {
        for (var waiting : registrations.findByUserIdOrderByCreatedAtAsc(userId)) {
            if (waiting.getStatus() != RegistrationStatus.UNVERIFIED) {
                continue;
            }
            lock.run(waiting.getSeminarId(), () -> {
                var r = registrations.findById(waiting.getId()).orElseThrow(NotFoundException::new);
                if (r.getStatus() != RegistrationStatus.UNVERIFIED) {
                    return;
                }
                var seminar = seminars.findForSystem(r.getSeminarId()).orElseThrow(NotFoundException::new);
                if (seminar.status() != SeminarStatus.PUBLISHED || seminar.hasStarted(clock)) {
                    r.cancel(clock.instant());
                    registrations.saveAndFlush(r);
                    return;
                }
                seats.fill(seminar);
                if (seminar.approvalRequired() && !invitationRepository.existsByRegistrationId(r.getId())) {
                    r.pend(clock.instant());
                } else {
                    seats.seat(seminar, r);
                }
                registrations.saveAndFlush(r);
                seats.announce(r, true);
            });
        }
    }

    /** For trusted callers inside the application (listeners, jobs): no access rule. */
    @Transactional(readOnly = true)
    public Optional<Registration> findForSystem(long registrationId) {
        return registrations.findById(registrationId);
    }


    /** Checks and normalises a form, whatever the UI already checked. */
    static RegistrationForm validate(RegistrationForm f) {
        if (f == null) {
            throw new ConveneException("validation.required");
        }
        var organisation = Validation.optionalLine(f.organisation(), "organisation", Registration.ORGANISATION_MAX);
        var country = Validation.requireLine(f.country(), "country", 2).toUpperCase(Locale.ROOT);
        if (!IsoCodes.isCountry(country)) {
            throw ConveneException.onField("country", "registration.country.invalid");
        }
        if (f.sector() == null) {
            throw ConveneException.onField("sector", "validation.required");
        }
        var accessibility = Validation.optionalText(f.accessibilityNeeds(), "accessibilityNeeds", Registration.ACCESSIBILITY_MAX);
        var dietary = Validation.optionalText(f.dietaryNeeds(), "dietaryNeeds", Registration.DIETARY_MAX);
        var language = Validation.optionalLine(f.interpretationLanguage(), "interpretationLanguage", 8).toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !IsoCodes.isLanguage(language)) {
            throw ConveneException.onField("interpretationLanguage", "registration.language.invalid");
        }
        if (!f.privacyConsent()) {
            throw ConveneException.onField("privacyConsent", "registration.privacy.required");
        }
        return new RegistrationForm(organisation, country, f.sector(), f.gender(), accessibility, dietary, language,
                f.listedConsent(), true);
    }
}
