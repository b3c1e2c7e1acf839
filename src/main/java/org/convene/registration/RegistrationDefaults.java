package org.convene.registration;

import java.util.Optional;
import org.convene.account.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a returning person's next registration form starts with: organisation, country and sector
 * from their most recent registration (any seminar, any outcome; anonymised ones hold nothing).
 */
@Service
public class RegistrationDefaults {

    /** The fields carried over; sector may be null for none. */
    public record Details(String organisation, String country, Sector sector) {
    }

    private final RegistrationRepository registrations;
    private final CurrentUser currentUser;

    RegistrationDefaults(RegistrationRepository registrations, CurrentUser currentUser) {
        this.registrations = registrations;
        this.currentUser = currentUser;
    }

    /** The signed-in person's last details; empty for visitors and first-timers. */
    @Transactional(readOnly = true)
    public Optional<Details> lastDetails() {
        return currentUser.get().flatMap(me -> registrations.findByUserId(me.id(),
                        PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))))
                .stream().findFirst())
                .filter(r -> r.getAnonymisedAt() == null)
                .map(r -> new Details(r.getOrganisation(), r.getCountry(), r.getSector()));
    }
}
