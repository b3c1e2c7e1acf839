package org.convene.agenda;

import org.convene.seminar.SeminarCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The agenda follows its seminar: a cancelled seminar's published sessions become cancelled too. */
@Component
class AgendaSeminarListener {

    private final AgendaPublishingService agendas;

    AgendaSeminarListener(AgendaPublishingService agendas) {
        this.agendas = agendas;
    }

    @ApplicationModuleListener
    void on(SeminarCancelled event) {
        agendas.cancelPublishedItems(event.seminarId());
    }
}
