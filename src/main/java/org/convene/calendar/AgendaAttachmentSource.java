package org.convene.calendar;

import java.util.Optional;

/**
 * Gives the published agenda of a seminar as .ics, for reminders and agenda-change e-mails;
 * implemented by the agenda module (here, not in notification, to keep module dependencies acyclic).
 */
public interface AgendaAttachmentSource {

    Optional<AgendaAttachment> agendaFor(long seminarId);
}
