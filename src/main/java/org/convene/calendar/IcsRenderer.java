package org.convene.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.convene.base.ConveneSettings;
import org.convene.base.Mailto;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarStatus;
import org.springframework.stereotype.Component;

/**
 * Convene's one iCalendar renderer (RFC 5545/5546): seminars, and the entries other modules hand over
 * ({@link CalendarEntry}: agenda items), for downloads, feeds and e-mail invitations. Identity comes
 * from the database (UID, SEQUENCE, CREATED, LAST-MODIFIED); only DTSTAMP is the time of rendering.
 * Times are local with their TZID and one VTIMEZONE per zone. Downloads and feeds are METHOD:PUBLISH
 * without any ATTENDEE; e-mail invitations are METHOD:REQUEST or METHOD:CANCEL for exactly one attendee.
 * One PRODID, one way of stamping: every event is built without DTSTAMP, folded at 75 octets here
 * (iCal4j counts characters) with CRLF line ends, and gets the current DTSTAMP line after its UID.
 */
@Component
public class IcsRenderer {

    public static final String PRODID = "-//Convene//Convene Seminars 1.0//EN";

    /** Most events whose folded text is kept (a few hundred bytes each). */
    static final int EVENT_CACHE_MAX = 20_000;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final String publicUrl;
    private final URI organiser;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    /**
     * Feeds are asked for often and change rarely, so each event's folded text is kept, keyed by
     * everything it shows (for seminars {@link EventFields}; an entry is its own key): never stale, bounded
     * by size. Invitations share it too: each person's ATTENDEE line is added to the shared text.
     */
    private final Cache<Object, String> events = Caffeine.newBuilder().maximumSize(EVENT_CACHE_MAX).build();
    /** Calendar headers (one per METHOD) and VTIMEZONE texts (one per zone): they do not change while running. */
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private final Map<String, String> vtimezones = new ConcurrentHashMap<>();

    /** Public for other modules' rendering tests, which build it without Spring. */
    public IcsRenderer(Clock clock, ConveneSettings settings) {
        this.clock = clock;
        this.publicUrl = settings.publicUrl();
        this.organiser = Mailto.uri(settings.mail().from());
    }

    /** The page of a seminar, as put in DESCRIPTION, URL and e-mails. */
    public String pageUrl(SeminarDetails seminar) {
        return pageUrl(seminar.publicId());
    }

    /** The page of the seminar with this public id. */
    public String pageUrl(String seminarPublicId) {
        return publicUrl + "/seminars/" + seminarPublicId;
    }

    /** A download of one seminar: METHOD:PUBLISH, no attendee. */
    public String publish(SeminarDetails seminar) {
        return publish(List.of(seminar), List.of());
    }

    /** A download of other modules' entries (a published agenda): METHOD:PUBLISH, no attendee. */
    public String publish(Collection<CalendarEntry> entries) {
        return publish(List.of(), entries);
    }

    /** A feed or download of several seminars and entries: METHOD:PUBLISH, no attendee. */
    public String publish(Collection<SeminarDetails> seminars, Collection<CalendarEntry> entries) {
        var zoneIds = new LinkedHashSet<String>();
        seminars.forEach(s -> zoneIds.add(s.timeZone().getId()));
        entries.forEach(e -> zoneIds.add(e.zone().getId()));
        if (zoneIds.isEmpty()) {
            // RFC 5545 wants at least one component: an empty calendar carries the UTC time zone.
            zoneIds.add("Etc/UTC");
        }
        var stamp = stampLine();
        var out = start(ImmutableMethod.PUBLISH, zoneIds, 600 * (seminars.size() + entries.size()));
        for (var s : seminars) {
            appendWithStamp(out, folded(s, s.icalSequence(), status(s)), stamp);
        }
        for (var e : entries) {
            appendWithStamp(out, events.get(e, k -> fold(event(e))), stamp);
        }
        return out.append("END:VCALENDAR\r\n").toString();
    }

    /** The invitation (or its update) for one person: METHOD:REQUEST with that person as the only ATTENDEE. */
    public String request(SeminarDetails seminar, CalendarRecipient recipient) {
        var event = folded(seminar, seminar.icalSequence(), status(seminar));
        return single(ImmutableMethod.REQUEST, seminar.timeZone(), withAttendee(event, attendee(recipient, PartStat.ACCEPTED)));
    }

    /**
     * Takes the seminar out of one person's calendar: METHOD:CANCEL, STATUS:CANCELLED, same UID. A
     * cancelled seminar already carries its raised SEQUENCE; when only this person's place ends
     * (registration withdrawn or rejected) the sequence is raised by one for this message.
     */
    public String cancel(SeminarDetails seminar, CalendarRecipient recipient) {
        var sequence = seminar.status() == SeminarStatus.CANCELLED ? seminar.icalSequence()
                : seminar.icalSequence() + 1;
        var event = folded(seminar, sequence, Status.VALUE_CANCELLED);
        return single(ImmutableMethod.CANCEL, seminar.timeZone(), withAttendee(event, attendee(recipient, PartStat.DECLINED)));
    }

    // ---------------------------------------------------------------- text

    /**
     * A seminar's folded event at this sequence and status, from the cache (keyed by everything the text
     * shows): feeds, downloads and each person's invitation share it. Rendering an event costs iCal4j a
     * look-up of all the JDK's zone ids per date; a burst of confirmations for one seminar renders it once.
     */
    private String folded(SeminarDetails s, int sequence, String status) {
        var fields = fields(s, sequence, status);
        return events.get(fields, k -> fold(event(fields)));
    }

    /** The folded event with one ATTENDEE as its last property (where iCal4j would put one added last). */
    private static String withAttendee(String foldedEvent, Attendee attendee) {
        var end = foldedEvent.lastIndexOf("END:VEVENT\r\n");
        return foldedEvent.substring(0, end) + Ics.fold(attendee.toString()) + foldedEvent.substring(end);
    }

    private String single(Method method, ZoneId zone, String foldedEvent) {
        var out = start(method, List.of(zone.getId()), 1024);
        appendWithStamp(out, foldedEvent, stampLine());
        return out.append("END:VCALENDAR\r\n").toString();
    }

    /** The calendar's properties and its VTIMEZONEs, ready for the events. */
    private StringBuilder start(Method method, Collection<String> zoneIds, int eventChars) {
        var out = new StringBuilder(1024 + 4096 * zoneIds.size() + eventChars);
        out.append(header(method));
        zoneIds.forEach(id -> out.append(vtimezone(id)));
        return out;
    }

    /** The one DTSTAMP of a rendering: now, in UTC, to the second. */
    private String stampLine() {
        return "DTSTAMP:" + STAMP.format(clock.instant()) + "\r\n";
    }

    private String header(Method method) {
        return headers.computeIfAbsent(method.getValue(), m -> {
            var calendar = new Calendar();
            calendar.add(new ProdId(PRODID));
            calendar.add(ImmutableVersion.VERSION_2_0);
            calendar.add(ImmutableCalScale.GREGORIAN);
            calendar.add(method);
            var text = Ics.fold(calendar.toString());
            return text.substring(0, text.indexOf("END:VCALENDAR"));
        });
    }

    private String vtimezone(String zoneId) {
        return vtimezones.computeIfAbsent(zoneId, id -> {
            var tz = zones.getTimeZone(id);
            if (tz == null) {
                throw new IllegalStateException("No VTIMEZONE for " + id);
            }
            return Ics.fold(tz.getVTimeZone().toString());
        });
    }

    /** The event's folded text, without DTSTAMP (put in, current, by {@link #appendWithStamp}). */
    private static String fold(VEvent event) {
        return Ics.fold(event.toString());
    }

    /** Puts the DTSTAMP line after the UID line (the second line of a folded VEVENT). */
    private static void appendWithStamp(StringBuilder out, String foldedEvent, String stampLine) {
        var uid = foldedEvent.indexOf("\r\nUID:");
        var endOfUid = foldedEvent.indexOf("\r\n", uid + 2);
        // The UID line may be folded: skip its continuation lines.
        while (foldedEvent.startsWith("\r\n ", endOfUid)) {
            endOfUid = foldedEvent.indexOf("\r\n", endOfUid + 2);
        }
        out.append(foldedEvent, 0, endOfUid + 2).append(stampLine).append(foldedEvent, endOfUid + 2, foldedEvent.length());
    }

    // ---------------------------------------------------------------- building

    /** Everything an event's text shows: the cache's key, so a cached text is never stale. */
    private record EventFields(String uid, int sequence, String title, String description, String location, String url,
                               ZoneId zone, LocalDateTime start, LocalDateTime end, Instant created, Instant modified,
                               String status) {
    }

    private EventFields fields(SeminarDetails s, int sequence, String status) {
        var location = s.format() != null && s.format().hasVenue() ? s.venueLine() : s.onlineLink();
        var description = new StringBuilder();
        if (s.status() == SeminarStatus.CANCELLED && s.cancellationReason() != null) {
            description.append(s.cancellationReason()).append("\n\n");
        }
        if (!s.summary().isBlank()) {
            description.append(s.summary()).append("\n\n");
        }
        description.append(pageUrl(s));
        if (!s.onlineLink().isBlank()) {
            description.append("\n").append(s.onlineLink());
        }
        return new EventFields(s.icalUid(), sequence, s.title(), description.toString(), location, pageUrl(s),
                s.timeZone(), s.startsAt(), s.endsAt(), s.createdAt(), s.updatedAt(), status);
    }

    private VEvent event(CalendarEntry e) {
        return event(new EventFields(e.uid(), e.sequence(), e.title(), e.description(), e.location(), e.url(), e.zone(),
                e.start(), e.end(), e.created(), e.lastModified(), e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    }

    private VEvent event(EventFields f) {
        var event = new VEvent(false);
        event.add(new Uid(f.uid()));
        event.add(new DtStart<>(f.start().atZone(f.zone())));
        event.add(new DtEnd<>(f.end().atZone(f.zone())));
        if (f.sequence() > 0) {
            event.add(new Sequence(f.sequence()));
        }
        event.add(new Summary(text(f.title())));
        if (f.description() != null && !f.description().isBlank()) {
            event.add(new Description(text(f.description())));
        }
        if (f.location() != null && !f.location().isBlank()) {
            event.add(new Location(text(f.location())));
        }
        if (f.url() != null && !f.url().isBlank()) {
            try {
                event.add(new Url(URI.create(f.url())));
            } catch (IllegalArgumentException ignored) {
                // DESCRIPTION carries the link anyway.
            }
        }
        event.add(new Status(f.status()));
        var org = new Organizer(organiser);
        org.add(new Cn("Convene"));
        event.add(org);
        if (f.created() != null) {
            event.add(new Created(f.created().truncatedTo(ChronoUnit.SECONDS)));
        }
        if (f.modified() != null) {
            event.add(new LastModified(f.modified().truncatedTo(ChronoUnit.SECONDS)));
        }
        return event;
    }

    private static Attendee attendee(CalendarRecipient recipient, PartStat partStat) {
        var attendee = new Attendee(Mailto.uri(recipient.email()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(partStat);
        attendee.add(new Rsvp(false));
        if (recipient.name() != null && !recipient.name().isBlank()) {
            attendee.add(new Cn(text(recipient.name())));
        }
        return attendee;
    }

    private static String status(SeminarDetails s) {
        return switch (s.status()) {
            case PUBLISHED -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
            case DRAFT -> Status.VALUE_TENTATIVE;
        };
    }

    /**
     * One newline convention and no other control characters; iCal4j escapes the rest. A lone CR would
     * otherwise end the line in some clients and start a property of the sender's choosing.
     */
    public static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }
}
