package org.convene.notification;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.convene.calendar.AgendaAttachment;
import org.convene.calendar.AgendaAttachmentSource;

/**
 * Stands in for the agenda module: a test gives a seminar an agenda file. Not scanned: only the tests
 * that import {@link org.convene.TestStandIns} have it.
 */
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
