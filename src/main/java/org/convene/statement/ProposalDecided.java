package org.convene.statement;

/** The lead drafter accepted or declined a proposed change; the proposer is told. */
public record ProposalDecided(long proposalId, long statementId, long proposerId, boolean accepted, String reason) {
}
