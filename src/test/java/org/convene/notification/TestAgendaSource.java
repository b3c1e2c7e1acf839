package org.convene.notification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.calendar.AgendaAttachment;
import org.convene.calendar.AgendaAttachmentSource;
import org.springframework.stereotype.Component;

/** Stands in for the agenda module in this branch's tests: tests give a seminar an agenda file. */
@Component
public class TestAgendaSource implements AgendaAttachmentSource {

    private final Map<Long, AgendaAttachment> agendas = new ConcurrentHashMap<>();

    public void set(long seminarId, AgendaAttachment agenda) {
        agendas.put(seminarId, agenda);
    }

    @Override
    public Optional<AgendaAttachment> agendaFor(long seminarId) {
        return Optional.ofNullable(agendas.get(seminarId));
    }
}
