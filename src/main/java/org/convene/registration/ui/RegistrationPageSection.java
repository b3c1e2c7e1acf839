package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.ui.SeminarPageSection;

/** The register / registered / waiting-list block on the public seminar page. */
@org.springframework.stereotype.Component
class RegistrationPageSection implements SeminarPageSection {

    private final RegistrationPanel panel;

    RegistrationPageSection(RegistrationPanel panel) {
        this.panel = panel;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(SeminarDetails seminar) {
        return Optional.of(panel.create(seminar));
    }
}
