package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.seminar.SeminarDetails;

/**
 * A section another module adds to the public seminar page (registration adds its "register"
 * panel, calendar its .ics downloads) without the seminar module knowing that module. Implement it
 * as a Spring bean; the page collects every bean and shows their sections by {@link #order()}.
 *
 * <p>{@link #create(SeminarDetails)} runs on the UI thread for each page view, with the viewer's security
 * context, and must return a new component every time (components belong to one UI). Return
 * {@link Optional#empty()} when there is nothing to show for this seminar or this viewer.
 */
public interface SeminarPageSection {

    /** Lower first. The seminar's own details come before every section. */
    int order();

    Optional<Component> create(SeminarDetails seminar);
}
