package org.convene.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.convene.account.Roles;
import org.convene.base.ui.Formats;
import org.convene.certificate.CertificateService;
import org.convene.seminar.SeminarService;

/** Organisers: how many certificates a seminar gives and all of them as one ZIP, once it is over. */
@Route("organiser/seminars/:seminarId/certificates")
@RolesAllowed(Roles.ORGANISER)
public class CertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the seminar's id. */
    static final String SEMINAR_ID = "seminarId";

    private final transient CertificateService certificates;
    private final transient SeminarService seminars;
    private String title = "";

    CertificatesView(CertificateService certificates, SeminarService seminars) {
        this.certificates = certificates;
        this.seminars = seminars;
        setId("certificates-view");
        addClassName("convene-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var seminar = event.getRouteParameters().getLong(SEMINAR_ID).flatMap(seminars::findVisible).orElse(null);
        if (seminar == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("certificate.organiser.title", seminar.title());
        add(new H2(title));
        if (!seminars.hasEnded(seminar)) {
            var wait = new Paragraph(getTranslation("certificate.organiser.not-ended",
                    Formats.dateTime(seminar.endsAt(), getLocale())));
            wait.setId("certificates-not-ended");
            add(wait);
            return;
        }
        var count = certificates.attendedCount(seminar.id());
        var summary = new Paragraph(getTranslation("certificate.organiser.count", count));
        summary.setId("certificates-count");
        add(summary);
        if (count > 0) {
            var lang = "fr".equals(getLocale().getLanguage()) ? "?lang=fr" : "";
            var zip = new Anchor(CertificateService.zipPath(seminar.id()) + lang, "");
            zip.add(VaadinIcon.FILE_ZIP.create());
            zip.add(getTranslation("certificate.organiser.zip"));
            zip.setId("certificates-zip");
            zip.setRouterIgnore(true);
            zip.getElement().setAttribute("download", true);
            zip.addClassName("convene-download-link");
            add(zip);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
