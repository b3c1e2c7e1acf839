package org.convene.registration;

import org.convene.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synchronous on purpose (not an {@code @ApplicationModuleListener}): the registrations must be
 * anonymised and the seats released in the deleting transaction, while the account still exists;
 * if anything fails here, the account is not deleted either.
 */
@Component
class RegistrationAccountListener {

    private final RegistrationPrivacyService registrations;

    RegistrationAccountListener(RegistrationPrivacyService registrations) {
        this.registrations = registrations;
    }

    @EventListener
    void on(AccountDeleted event) {
        registrations.forget(event.userId());
    }
}
