package org.convene.network;

import org.convene.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Synchronous on purpose: memberships go in the deleting transaction, together with the account. */
@Component
class MembershipAccountListener {

    private final NetworkService network;

    MembershipAccountListener(NetworkService network) {
        this.network = network;
    }

    @EventListener
    void on(AccountDeleted event) {
        network.forget(event.userId());
    }
}
