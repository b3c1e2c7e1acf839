package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.convene.seminar.SeminarDetails;

/**
 * Links another module adds to a row of "My seminars" (calendar: the personal invitation; agenda:
 * its PDF and .ics; certificates: the attendance certificate) without the registration module
 * knowing those modules. Implement it as a Spring bean; the view asks every bean by {@link #order()}.
 *
 * <p>{@link #create} runs on the UI thread with the viewer's security context and returns new
 * components each time; the endpoints behind the links check access again.
 */
public interface MySeminarLinks {

    /** Lower first. */
    int order();

    List<Component> create(SeminarDetails seminar, Participation participation);

    /** The viewer's place in the seminar, as the registration module knows it. */
    record Participation(boolean confirmed, boolean attended) {
    }
}
