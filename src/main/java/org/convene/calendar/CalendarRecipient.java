package org.convene.calendar;

/** The one person an invitation (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) is addressed to. */
public record CalendarRecipient(String email, String name) {
}
