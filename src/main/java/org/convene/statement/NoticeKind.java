package org.convene.statement;

/** What a person is told in the app. */
public enum NoticeKind {
    PROPOSAL_ACCEPTED, PROPOSAL_DECLINED, MENTIONED, SIGNATURE_REQUESTED, SIGNATURES_VOIDED, PUBLISHED
}
