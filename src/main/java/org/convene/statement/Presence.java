package org.convene.statement;

import java.time.Instant;

/**
 * Someone who has the statement open now (on any instance), and the paragraph they are editing, if
 * any: a soft lock shown to others, which expires after {@link PresenceService#LOCK_TIMEOUT} without
 * typing and never blocks anyone's save.
 */
public record Presence(String sessionKey, long userId, String name, Long editingParagraphId, Instant editingSince) {
}
