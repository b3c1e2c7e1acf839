package org.convene.registration;

import org.convene.seminar.SeminarUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** More seats: the waiting list moves up. The service opens its own locked transaction (with retries). */
@Component
class SeatListener {

    private final OrganiserRegistrationService registrations;

    SeatListener(OrganiserRegistrationService registrations) {
        this.registrations = registrations;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SeminarUpdated event) {
        if (event.capacityIncreased()) {
            registrations.fillFreeSeats(event.seminarId());
        }
    }
}
