package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.ui.Formats;
import org.convene.registration.RegistrationService;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarDetails;


/**
 * The registration block of a seminar page: "register (N seats left)", "join the waiting list",
 * "you are registered", "waiting list position N", "awaiting approval", "opens on ...", "closed".
 * A fresh component per call; meant for the seminar page's section extension point.
 */
@org.springframework.stereotype.Component
public class RegistrationPanel {

    private final RegistrationService registrations;
    private final SeminarAvailability availability;
    private final TranslationProvider i18n;

    RegistrationPanel(RegistrationService registrations, SeminarAvailability availability, TranslationProvider i18n) {
        this.registrations = registrations;
        this.availability = availability;
        this.i18n = i18n;
    }

    public Component create(SeminarDetails seminar) {
        var locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH;
        var panel = new Div();
        panel.setId("registration-panel");
        panel.addClassName("convene-registration-panel");
        var mine = registrations.mine(seminar.id()).filter(r -> r.getStatus().isActive());
        if (mine.isPresent()) {
            var r = mine.get();
            var key = switch (r.getStatus()) {
                case CONFIRMED -> "panel.registered";
                case WAITLISTED -> "panel.waitlisted";
                default -> "panel.pending";
            };
            panel.add(text("panel-status", t(locale, key, r.getWaitlistPosition() == null ? 0 : r.getWaitlistPosition())),
                    link("panel-my-seminars", new RouterLink(t(locale, "panel.manage"), MyRegistrationsView.class)));
            return panel;
        }
        var a = availability.availability(seminar);
        switch (a.state()) {
            case OPEN -> panel.add(text("panel-status", t(locale, "panel.open", a.seatsLeft())),
                    link("panel-register", register(seminar, t(locale, seminar.approvalRequired() ? "panel.apply" : "panel.register"))));
            case WAITING_LIST -> panel.add(text("panel-status", t(locale, "panel.full", a.waitingListSize())),
                    link("panel-register", register(seminar, t(locale, "panel.join-waiting-list"))));
            case NOT_YET_OPEN -> panel.add(text("panel-status", t(locale, "panel.not-yet-open",
                    Formats.dateTime(seminar.registrationOpensAt(), locale) + " "
                            + Formats.zoneAbbreviation(seminar.timeZone(), seminar.registrationOpensAt(), locale))));
            case CLOSED -> panel.add(text("panel-status", t(locale, "panel.closed")));
            case PAST -> panel.add(text("panel-status", t(locale, "panel.past")));
            case UNAVAILABLE -> panel.add(text("panel-status", t(locale, "panel.unavailable")));
        }
        return panel;
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static Paragraph text(String id, String text) {
        var p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private static RouterLink register(SeminarDetails seminar, String text) {
        return new RouterLink(text, RegisterView.class, new RouteParameters(RegisterView.PUBLIC_ID, seminar.publicId()));
    }

    private static RouterLink link(String id, RouterLink a) {
        a.setId(id);
        a.addClassName("convene-button-link");
        return a;
    }
}
