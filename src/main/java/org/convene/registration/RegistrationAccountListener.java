package org.convene.registration;

import org.convene.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Account deletion is synchronous on purpose (not an {@code @ApplicationModuleListener}): the registrations must be
 * anonymised and the seats released in the deleting transaction, while the account still exists;
 * if anything fails here, the account is not deleted either.
 */
@Component
class RegistrationAccountListener {

    private final RegistrationPrivacyService registrations;
    private final RegistrationService participants;

    RegistrationAccountListener(RegistrationPrivacyService registrations, RegistrationService participants) {
        this.registrations = registrations;
        this.participants = participants;
    }

    @EventListener
    void on(AccountDeleted event) {
        registrations.forget(event.userId());
    }

    /**
     * After the confirming transaction, recorded in the event publication registry: registrations that
     * waited for the address get their seat (or place) even if the application stopped in between.
     * No transaction around it (as {@link SeatListener}): each seminar's seats are decided in the locked
     * transaction the service opens itself, which reads what the previous lock holder committed. Inside
     * the listener's own transaction the lock would join it and count seats in a snapshot taken before
     * the lock, so people confirming their addresses at the same time all got a seat (found by FaultIT:
     * five seated in a seminar of two after a restart handed out the confirmations at once).
     */
    @org.springframework.modulith.events.ApplicationModuleListener(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void on(org.convene.account.EmailVerified event) {
        participants.releaseAwaitingVerification(event.userId());
    }
}
