package org.convene.notification;

import java.util.Locale;

/**
 * A composed message before it is stored in the outbox. {@code ical}/{@code icalMethod} give the
 * iMIP part (text/calendar; method=...), {@code attachment} an extra .ics file (the agenda, say).
 */
record MailMessage(String idempotencyKey, MessageKind kind, Long seminarId, Long userId, String email, String name,
                   Locale locale, String subject, String text, String html, String icalMethod, String ical,
                   String attachmentName, String attachment) {
}
