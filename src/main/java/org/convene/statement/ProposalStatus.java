package org.convene.statement;

public enum ProposalStatus {
    OPEN, ACCEPTED, DECLINED
}
