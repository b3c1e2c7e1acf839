package org.convene.certificate.ui;

import org.convene.seminar.Seminar;
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
    public String url(Seminar seminar) {
        return "organiser/seminars/" + seminar.getId() + "/certificates";
    }
}
