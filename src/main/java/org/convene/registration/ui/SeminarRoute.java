package org.convene.registration.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.convene.base.NotFoundException;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;

/** The seminar named by the ":id" route parameter of the organisers' registration views. */
final class SeminarRoute {

    private SeminarRoute() {
    }

    /** The seminar, or empty after rerouting to the not-found page. */
    static Optional<SeminarDetails> seminar(BeforeEnterEvent event, SeminarService seminars) {
        var seminar = event.getRouteParameters().getLong("id").flatMap(seminars::findVisible);
        if (seminar.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return seminar;
    }
}
