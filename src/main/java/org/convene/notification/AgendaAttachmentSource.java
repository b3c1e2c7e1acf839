package org.convene.notification;

import java.util.Optional;

/** Gives the published agenda of a seminar for reminders and agenda-change messages; implemented by agenda. */
public interface AgendaAttachmentSource {

    Optional<AgendaAttachment> agendaFor(long seminarId);
}
