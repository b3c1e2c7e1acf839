package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.convene.seminar.SeminarDetails;

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
    public Optional<Component> create(SeminarDetails seminar) {
        if (!seminar.title().contains(TAG)) {
            return Optional.empty();
        }
        var marker = new Span("Section for " + seminar.publicId());
        marker.setId("test-section");
        return Optional.of(marker);
    }
}
