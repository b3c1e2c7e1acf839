package org.convene.agenda;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.convene.base.ConveneSettings;
import org.convene.calendar.CalendarEntry;
import org.convene.calendar.Ics;
import org.springframework.stereotype.Component;

/**
 * The published agenda as an iCalendar download (RFC 5545, METHOD:PUBLISH): one VEVENT per item
 * with its stored UID and SEQUENCE, local times with TZID and the matching VTIMEZONE, no ATTENDEE.
 * Lines are folded by the calendar module's {@link Ics}, like every calendar Convene writes.
 */
@Component
public class AgendaCalendar {

    static final String PRODID = "-//Convene//Agenda 1.0//EN";

    private final Clock clock;
    private final String publicUrl;
    private final URI organizer;
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, VTimeZone> zones = new ConcurrentHashMap<>();

    AgendaCalendar(Clock clock, ConveneSettings settings) {
        this.clock = clock;
        this.publicUrl = settings.publicUrl();
        this.organizer = org.convene.base.Mailto.uri(settings.mail().from());
    }

    /** The seminar's public page, which calendar entries link to. */
    public String seminarUrl(PublishedAgenda agenda) {
        return publicUrl + "/seminars/" + agenda.publicId();
    }

    /** The calendar text: CRLF line ends, long lines folded, TEXT values escaped (by iCal4j). */
    public String render(PublishedAgenda agenda) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (!agenda.entries().isEmpty()) {
            calendar.add(vTimeZone(agenda.zone()));
        }
        var stamp = new DtStamp(clock.instant());
        var url = seminarUrl(agenda);
        for (var entry : agenda.entries()) {
            calendar.add(event(agenda, entry, stamp, url));
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        // iCal4j folds at 75 characters, not octets: unfold and fold again by octets.
        return Ics.fold(out.toString().replace("\r\n ", "").replace("\r\n\t", ""));
    }

    /** One item as the calendar module puts it in a person's feed: the same text as in the download. */
    CalendarEntry entry(PublishedAgenda agenda, AgendaEntry entry) {
        var url = seminarUrl(agenda);
        return new CalendarEntry(entry.icalUid(), entry.sequence(), line(entry.title()), description(agenda, entry, url),
                location(agenda, entry), url, agenda.zone(), entry.startsAt(), entry.endsAt(), entry.createdAt(),
                entry.lastModified(), entry.isCancelled() || agenda.seminarCancelled());
    }

    private VEvent event(PublishedAgenda agenda, AgendaEntry entry, DtStamp stamp, String url) {
        var start = entry.startsAt().atZone(agenda.zone());
        var end = entry.endsAt().atZone(agenda.zone());
        var event = new VEvent(start, end, line(entry.title()));
        event.replace(stamp);
        event.add(new Uid(entry.icalUid()));
        if (entry.sequence() > 0) {
            event.add(new Sequence(entry.sequence()));
        }
        event.add(new Created(entry.createdAt()));
        event.add(new LastModified(entry.lastModified()));
        event.add(new Organizer(new ParameterList(List.of(new Cn("Convene"))), organizer));
        var location = location(agenda, entry);
        if (!location.isEmpty()) {
            event.add(new Location(location));
        }
        event.add(new Description(description(agenda, entry, url)));
        event.add(new Url(URI.create(url)));
        var cancelled = entry.isCancelled() || agenda.seminarCancelled();
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static String location(PublishedAgenda agenda, AgendaEntry entry) {
        var parts = new ArrayList<String>();
        if (!entry.room().isEmpty()) {
            parts.add(entry.room());
        }
        if (agenda.venue() != null && !agenda.venue().isEmpty()) {
            parts.add(agenda.venue());
        }
        if (parts.isEmpty() && !entry.onlineLink().isEmpty()) {
            parts.add(entry.onlineLink());
        }
        return line(String.join(", ", parts));
    }

    /**
     * One newline convention and no other control characters (as the seminar calendar does): a lone CR
     * would otherwise end the line in some clients and start a property of the attacker's choosing.
     */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    /** Text for one-line properties (SUMMARY, LOCATION): line breaks become spaces. */
    static String line(String value) {
        return text(value).replace('\n', ' ').replace('\t', ' ');
    }

    private static String description(PublishedAgenda agenda, AgendaEntry entry, String url) {
        var text = new StringBuilder();
        if (!entry.description().isEmpty()) {
            text.append(entry.description()).append("\n\n");
        }
        if (!entry.speakers().isEmpty()) {
            text.append("Speakers: ").append(String.join("; ", entry.speakers().stream().map(Speaker::label).toList()))
                    .append('\n');
        }
        if (!entry.chairs().isEmpty()) {
            text.append("Chair: ").append(String.join("; ", entry.chairs().stream().map(Speaker::label).toList()))
                    .append('\n');
        }
        var link = !entry.onlineLink().isEmpty() ? entry.onlineLink() : agenda.onlineLink();
        if (link != null && !link.isEmpty()) {
            text.append("Join online: ").append(link).append('\n');
        }
        text.append(agenda.seminarTitle()).append(": ").append(url);
        return text(text.toString());
    }

    private VTimeZone vTimeZone(ZoneId zone) {
        return zones.computeIfAbsent(zone.getId(), id -> {
            var tz = registry.getTimeZone(id);
            if (tz == null) {
                throw new IllegalStateException("No VTIMEZONE for " + id);
            }
            return tz.getVTimeZone();
        });
    }
}
