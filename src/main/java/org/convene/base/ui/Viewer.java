package org.convene.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.convene.base.security.ConvenePrincipal;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person looking at the page: their language and their time zone. Every instant a view shows
 * goes through here, so one person sees every time in one zone: the zone of their profile (kept in
 * the session once they change it), else their browser's, else UTC.
 */
public final class Viewer {

    static final String ZONE = "convene.viewer-zone";

    private Viewer() {
    }

    public static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static ZoneId zone() {
        return sessionZone().or(Viewer::profileZone).or(Viewer::browserZone).orElse(ZoneOffset.UTC);
    }

    /** After the person changed the zone of their profile: every view shows it from now on. */
    public static void rememberZone(ZoneId zone) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ZONE, zone);
        }
    }

    /** An instant in the viewer's zone and language, with the zone's abbreviation: "Jan 11, 2027, 2:05 PM CET". */
    public static String instant(Instant at) {
        return Formats.instant(at, zone(), locale());
    }

    /** Two instants in the viewer's zone; the date once when both fall on the same day. */
    public static String range(Instant from, Instant to) {
        var zone = zone();
        return Formats.range(LocalDateTime.ofInstant(from, zone), LocalDateTime.ofInstant(to, zone), zone, locale());
    }

    private static Optional<ZoneId> sessionZone() {
        var session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ZONE) instanceof ZoneId zone ? Optional.of(zone) : Optional.empty();
    }

    private static Optional<ZoneId> profileZone() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ConvenePrincipal p ? Optional.ofNullable(p.zone()) : Optional.empty();
    }

    /** The zone the browser reported when the page loaded (Vaadin's extended client details). */
    public static Optional<ZoneId> browserZone() {
        var ui = UI.getCurrent();
        if (ui == null) {
            return Optional.empty();
        }
        var details = ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
