package org.convene.notification;

import org.convene.account.EmailVerificationRequested;
import org.convene.account.PasswordResetRequested;
import org.convene.agenda.AgendaChanged;
import org.convene.registration.InvitationCreated;
import org.convene.registration.RegistrationCancelled;
import org.convene.registration.RegistrationConfirmed;
import org.convene.registration.RegistrationPromoted;
import org.convene.registration.RegistrationRejected;
import org.convene.registration.RegistrationSubmitted;
import org.convene.registration.RegistrationWaitlisted;
import org.convene.seminar.SeminarCancelled;
import org.convene.seminar.SeminarRescheduled;
import org.convene.seminar.SeminarUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reactions to other modules' events, after their commit, each in its own transaction and recorded in
 * the event publication registry (so a reaction interrupted by a crash runs again at the next start).
 * Each one only puts messages in the outbox; sending happens elsewhere.
 */
@Component
class NotificationListeners {

    private final Notifier notifier;

    NotificationListeners(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(RegistrationSubmitted e) {
        notifier.registration(MessageKind.REGISTRATION_RECEIVED, e.registrationId(), e.version(), e.seminarId(), e.userId(), null);
    }

    @ApplicationModuleListener
    void on(RegistrationConfirmed e) {
        notifier.registration(MessageKind.REGISTRATION_CONFIRMED, e.registrationId(), e.version(), e.seminarId(), e.userId(), null);
    }

    @ApplicationModuleListener
    void on(RegistrationWaitlisted e) {
        notifier.registration(MessageKind.REGISTRATION_WAITLISTED, e.registrationId(), e.version(), e.seminarId(), e.userId(), null);
    }

    @ApplicationModuleListener
    void on(RegistrationPromoted e) {
        notifier.registration(MessageKind.REGISTRATION_PROMOTED, e.registrationId(), e.version(), e.seminarId(), e.userId(), null);
    }

    @ApplicationModuleListener
    void on(RegistrationRejected e) {
        notifier.registration(MessageKind.REGISTRATION_REJECTED, e.registrationId(), e.version(), e.seminarId(), e.userId(), e.reason());
    }

    @ApplicationModuleListener
    void on(RegistrationCancelled e) {
        notifier.registration(MessageKind.REGISTRATION_CANCELLED, e.registrationId(), e.version(), e.seminarId(), e.userId(), null);
    }

    @ApplicationModuleListener
    void on(SeminarRescheduled e) {
        notifier.seminarChanged(MessageKind.SEMINAR_RESCHEDULED, e.seminarId(), e.sequence(), e.previousStart());
    }

    @ApplicationModuleListener
    void on(SeminarUpdated e) {
        if (e.placeChanged()) {
            notifier.seminarChanged(MessageKind.SEMINAR_CHANGED, e.seminarId(), e.sequence(), null);
        }
    }

    @ApplicationModuleListener
    void on(SeminarCancelled e) {
        notifier.seminarCancelled(e.seminarId(), e.reason());
    }

    @ApplicationModuleListener
    void on(AgendaChanged e) {
        notifier.agendaChanged(e.seminarId(), e.version());
    }

    @ApplicationModuleListener
    void on(InvitationCreated e) {
        notifier.invitation(e.invitationId(), e.seminarId(), e.email(), e.name(), e.token());
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested e) {
        notifier.emailVerification(e.userId(), e.token());
    }

    @ApplicationModuleListener
    void on(org.convene.account.SignUpAttemptedForExistingAccount e) {
        notifier.signUpAttempt(e.userId(), e.attemptedAt());
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested e) {
        notifier.passwordReset(e.userId(), e.token());
    }
}
