package org.convene.statement;

import java.time.Instant;

/**
 * A proposed change as the UI shows it. {@code changedSince}: the paragraph has a newer version than
 * the one the proposal was written on (the lead sees the current text before deciding).
 */
public record ProposalView(long id, long paragraphId, long baseVersion, long currentVersion, boolean changedSince,
                           boolean paragraphDeleted, String baseText, String currentText, String proposedText,
                           String reason, long proposerId, String proposer, Instant at, ProposalStatus status,
                           String decidedBy, String decisionReason, Long acceptedVersion) {
}
