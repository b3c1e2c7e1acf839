package org.convene.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import org.convene.seminar.ui.SeminarOrganiserLink;

/** "Certificates" in the organisers' seminar list. */
@org.springframework.stereotype.Component
class CertificateLinks implements SeminarOrganiserLink {

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "seminars-certificates";
    }

    @Override
    public String labelKey() {
        return "certificate.organiser.link";
    }

    @Override
    public String icon() {
        return "diploma";
    }

    @Override
    public Class<? extends Component> route() {
        return CertificatesView.class;
    }

    @Override
    public RouteParameters parameters(long seminarId) {
        return new RouteParameters(CertificatesView.SEMINAR_ID, String.valueOf(seminarId));
    }
}
