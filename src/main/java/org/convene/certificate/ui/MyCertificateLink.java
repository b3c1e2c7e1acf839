package org.convene.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.convene.certificate.CertificateService;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.ui.MySeminarLinks;

/** The certificate of attendance on My seminars, once the seminar is over, for those checked in. */
@org.springframework.stereotype.Component
class MyCertificateLink implements MySeminarLinks {

    private final CertificateService certificates;

    MyCertificateLink(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Component> create(SeminarDetails seminar, Participation participation) {
        if (!participation.attended() || !certificates.available(seminar)) {
            return List.of();
        }
        var ui = UI.getCurrent();
        var lang = ui != null && "fr".equals(ui.getLocale().getLanguage()) ? "?lang=fr" : "";
        var link = new Anchor(CertificateService.myPath(seminar.publicId()) + lang, "");
        link.add(VaadinIcon.DIPLOMA.create());
        link.add(link.getTranslation("certificate.my"));
        link.setId("my-certificate-" + seminar.publicId());
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.addClassName("convene-download-link");
        return List.of(link);
    }
}
