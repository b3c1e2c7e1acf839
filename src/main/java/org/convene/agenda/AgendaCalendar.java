package org.convene.agenda;

import java.util.ArrayList;
import java.util.List;
import org.convene.calendar.CalendarEntry;
import org.convene.calendar.IcsRenderer;
import org.springframework.stereotype.Component;

/**
 * The published agenda as calendar entries (one per item, with its stored UID and SEQUENCE; cancelled
 * items and items of a cancelled seminar marked so), which the calendar module's {@link IcsRenderer}
 * turns into iCalendar text: the .ics download (METHOD:PUBLISH, no ATTENDEE) and a person's feed show
 * the same events.
 */
@Component
public class AgendaCalendar {

    private final IcsRenderer renderer;

    AgendaCalendar(IcsRenderer renderer) {
        this.renderer = renderer;
    }

    /** The seminar's public page, which calendar entries link to. */
    public String seminarUrl(PublishedAgenda agenda) {
        return renderer.pageUrl(agenda.publicId());
    }

    /** The calendar text: CRLF line ends, long lines folded, TEXT values escaped. */
    public String render(PublishedAgenda agenda) {
        return renderer.publish(agenda.entries().stream().map(e -> entry(agenda, e)).toList());
    }

    /** One item as the calendar shows it, in the download and in a person's feed alike. */
    CalendarEntry entry(PublishedAgenda agenda, AgendaEntry entry) {
        var url = seminarUrl(agenda);
        return new CalendarEntry(entry.icalUid(), entry.sequence(), line(entry.title()), description(agenda, entry, url),
                location(agenda, entry), url, agenda.zone(), entry.startsAt(), entry.endsAt(), entry.createdAt(),
                entry.lastModified(), entry.isCancelled() || agenda.seminarCancelled());
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

    /** Text for one-line properties (SUMMARY, LOCATION): line breaks become spaces. */
    static String line(String value) {
        return IcsRenderer.text(value).replace('\n', ' ').replace('\t', ' ');
    }

    private static String description(PublishedAgenda agenda, AgendaEntry entry, String url) {
        var text = new StringBuilder();
        if (!entry.description().isEmpty()) {
            text.append(entry.description()).append("\n\n");
        }
        if (!entry.speakers().isEmpty()) {
            text.append("Speakers: ").append(labels(entry.speakers())).append('\n');
        }
        if (!entry.chairs().isEmpty()) {
            text.append("Chair: ").append(labels(entry.chairs())).append('\n');
        }
        var link = !entry.onlineLink().isEmpty() ? entry.onlineLink() : agenda.onlineLink();
        if (link != null && !link.isEmpty()) {
            text.append("Join online: ").append(link).append('\n');
        }
        text.append(agenda.seminarTitle()).append(": ").append(url);
        return IcsRenderer.text(text.toString());
    }

    private static String labels(List<Speaker> speakers) {
        return String.join("; ", speakers.stream().map(Speaker::label).toList());
    }
}
