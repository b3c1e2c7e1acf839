package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.convene.seminar.Seminar;

/**
 * A section as another module would contribute it, for the tests of the extension point: only
 * seminars whose title carries {@link #TAG} get it, so it changes no other page. Not scanned: only the
 * tests that import {@link org.convene.TestStandIns} have it.
 */
public class MarkerPageSection implements SeminarPageSection {

    public static final String TAG = "[with test section]";

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<Component> create(Seminar seminar) {
        if (!seminar.getTitle().contains(TAG)) {
            return Optional.empty();
        }
        var marker = new Span("Section for " + seminar.getPublicId());
        marker.setId("test-section");
        return Optional.of(marker);
    }
}
