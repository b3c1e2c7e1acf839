package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

/**
 * A button another module adds to the organisers' seminar list (participants, check-in,
 * statistics, agenda...), enabled when a seminar is selected. Implement it as a Spring bean.
 */
public interface SeminarOrganiserLink {

    /** Lower first. */
    int order();

    /** Stable component id, e.g. "seminars-participants". */
    String id();

    /** Translation key of the button text. */
    String labelKey();

    /** A Vaadin icon name without the collection, e.g. "users". */
    String icon();

    /** The view to open. */
    Class<? extends Component> route();

    /** The route parameters of {@link #route()} for this seminar. */
    RouteParameters parameters(long seminarId);
}
