package org.convene.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.calendar.AgendaAttachment;
import org.convene.calendar.AgendaAttachmentSource;
import org.convene.calendar.CalendarEntry;
import org.convene.calendar.PersonalCalendarSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the calendar module what the agenda adds: the published items a person starred (for their
 * own feed, with the items' stored UIDs and sequences; cancelled ones marked so) and a seminar's
 * published agenda as .ics (attached to reminders and agenda-change e-mails).
 */
@Component
class AgendaCalendarSource implements PersonalCalendarSource, AgendaAttachmentSource {

    /** Most starred items in one feed; the calendar module keeps its own limit too. */
    static final int MAX_STARRED = 1000;

    private final AgendaPublishingService agendas;
    private final AgendaStarService stars;
    private final AgendaCalendar calendar;

    AgendaCalendarSource(AgendaPublishingService agendas, AgendaStarService stars, AgendaCalendar calendar) {
        this.agendas = agendas;
        this.stars = stars;
        this.calendar = calendar;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> starredAgendaItems(long userId) {
        var result = new ArrayList<CalendarEntry>();
        stars.starredPublishedItems(userId, MAX_STARRED).forEach((seminarId, itemIds) ->
                agendas.publishedForSystem(seminarId).filter(PublishedAgenda::isPublished).ifPresent(agenda ->
                        agenda.entries().stream()
                                .filter(e -> itemIds.contains(e.itemId()))
                                .map(e -> calendar.entry(agenda, e))
                                .forEach(result::add)));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgendaAttachment> agendaFor(long seminarId) {
        return agendas.publishedForSystem(seminarId).filter(PublishedAgenda::isPublished)
                .map(agenda -> new AgendaAttachment(AgendaDownloads.fileName(agenda.seminarTitle(), "ics"),
                        calendar.render(agenda), "v" + agenda.version()));
    }
}
