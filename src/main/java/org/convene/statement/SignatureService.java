package org.convene.statement;

import java.time.Clock;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signatories and their decisions. The lead drafter or an organiser invites people (each with the
 * organisation shown beside their name); during sign-off each invited signatory endorses, endorses with
 * a reservation, or declines the frozen version (one decision per round, which they may change until
 * publication). Anybody else is refused.
 */
@Service
public class SignatureService {

    private final SignatoryRepository signatories;
    private final SignatureRepository signatures;
    private final StatementReviewRepository reviews;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final AccountService accounts;
    private final NoticeService notices;
    private final Clock clock;

    SignatureService(SignatoryRepository signatories, SignatureRepository signatures,
                     StatementReviewRepository reviews, ReviewAccess access, Drafts drafts, AccountService accounts,
                     NoticeService notices, Clock clock) {
        this.signatories = signatories;
        this.signatures = signatures;
        this.reviews = reviews;
        this.access = access;
        this.drafts = drafts;
        this.accounts = accounts;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long invite(long statementId, long userId, String organisation) {
        var h = access.leadable(statementId);
        ReviewAccess.requireOpen(h);
        var org = Validation.optionalLine(organisation, "organisation", Signatory.ORGANISATION_MAX);
        var user = accounts.findAll(java.util.List.of(userId)).get(userId);
        if (user == null || !user.isEnabled()) {
            throw ConveneException.onField("signatory", "statement.signoff.unknown-person");
        }
        if (signatories.existsByStatementIdAndUserId(statementId, userId)) {
            throw ConveneException.onField("signatory", "statement.signoff.already-invited");
        }
        reviews.lock(statementId).orElseGet(() -> reviews.save(new StatementReview(statementId)));
        var me = access.me();
        var signatory = signatories.save(new Signatory(statementId, userId, org, me, clock.instant()));
        if (h.status() == StatementStatus.SIGN_OFF) {
            notices.tell(userId, statementId, NoticeKind.SIGNATURE_REQUESTED, "");
        }
        drafts.recordChange(statementId, "SIGNATURE", null, me);
        return signatory.getId();
    }

    /** Removes an invitation (not during sign-off: the quorum would change under the signatories' feet). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long statementId, long signatoryId) {
        var h = access.leadable(statementId);
        ReviewAccess.requireUnfrozen(h);
        var signatory = signatories.findById(signatoryId).filter(s -> s.getStatementId() == statementId)
                .orElseThrow(NotFoundException::new);
        signatories.delete(signatory);
        drafts.recordChange(statementId, "SIGNATURE", null, access.me());
    }

    /** The signed-in signatory's decision on the version frozen now. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void sign(long statementId, Decision decision, String reservation) {
        var h = access.readable(statementId);
        var me = access.me();
        var signatory = signatories.findByStatementIdAndUserId(statementId, me)
                .orElseThrow(() -> new ConveneException("statement.signoff.not-invited"));
        if (decision == null) {
            throw ConveneException.onField("decision", "validation.required");
        }
        var text = Validation.optionalText(reservation, "reservation", Signature.RESERVATION_MAX);
        if (decision == Decision.ENDORSED_WITH_RESERVATION && text.isEmpty()) {
            throw ConveneException.onField("reservation", "statement.signoff.reservation-required");
        }
        var review = reviews.lock(statementId).orElseThrow(() -> new ConveneException("statement.signoff.not-frozen"));
        // Read the status again under the review lock: a reopening in progress voids this round first.
        var status = drafts.header(statementId).map(Drafts.Header::status).orElseThrow(NotFoundException::new);
        if (status != StatementStatus.SIGN_OFF || review.getFrozenHash() == null) {
            throw new ConveneException(h.status() == StatementStatus.PUBLISHED || h.status() == StatementStatus.WITHDRAWN
                    ? "statement.review.error.closed" : "statement.signoff.not-frozen");
        }
        var signature = signatures.findBySignatoryIdAndRound(signatory.getId(), review.getRound())
                .orElseGet(() -> new Signature(signatory.getId(), review.getRound(), review.getFrozenHash()));
        signature.decide(decision, text, clock.instant());
        signatures.save(signature);
        drafts.recordChange(statementId, "SIGNATURE", null, me);
    }
}
