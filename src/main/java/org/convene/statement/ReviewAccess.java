package org.convene.statement;

import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in review, in one place. Organisers and the team read; invited signatories read too;
 * LEAD and CO_AUTHOR (and organisers) edit; REVIEWERS comment and propose; only the lead drafter and
 * organisers move the workflow. Someone who may not read gets {@link NotFoundException}, never a hint.
 */
@Component
class ReviewAccess {

    private final Drafts drafts;
    private final CurrentUser currentUser;
    private final SignatoryRepository signatories;

    ReviewAccess(Drafts drafts, CurrentUser currentUser, SignatoryRepository signatories) {
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.signatories = signatories;
    }

    long me() {
        return currentUser.get().orElseThrow(NotFoundException::new).id();
    }

    boolean organiser() {
        return currentUser.hasRole(Role.ORGANISER);
    }

    boolean mayRead(Drafts.Header h, long userId) {
        return h.isMember(userId) || signatories.existsByStatementIdAndUserId(h.id(), userId);
    }

    Drafts.Header readable(long statementId) {
        var h = drafts.header(statementId).orElseThrow(NotFoundException::new);
        var me = me();
        if (!organiser() && !mayRead(h, me)) {
            throw new NotFoundException();
        }
        return h;
    }

    /** The team (any role) and organisers may comment and propose. */
    Drafts.Header commentable(long statementId) {
        var h = readable(statementId);
        if (!organiser() && !h.isMember(me())) {
            throw new AccessDeniedException();
        }
        return h;
    }

    /** The lead drafter and organisers decide proposals and move the workflow. */
    Drafts.Header leadable(long statementId) {
        var h = readable(statementId);
        if (!organiser() && !h.isLead(me())) {
            throw new AccessDeniedException();
        }
        return h;
    }

    boolean canLead(Drafts.Header h) {
        return currentUser.get().map(u -> organiser() || h.isLead(u.id())).orElse(false);
    }

    boolean canComment(Drafts.Header h) {
        return currentUser.get().map(u -> organiser() || h.isMember(u.id())).orElse(false);
    }

    /** Refuses any review action once the statement is published or withdrawn (a correction reopens it first). */
    static void requireOpen(Drafts.Header h) {
        if (h.status() == StatementStatus.PUBLISHED || h.status() == StatementStatus.WITHDRAWN) {
            throw new ConveneException("statement.review.error.closed");
        }
    }

    /** Refuses content changes while frozen for sign-off, published or withdrawn. */
    static void requireUnfrozen(Drafts.Header h) {
        if (h.status() == StatementStatus.SIGN_OFF || h.status() == StatementStatus.PUBLISHED
                || h.status() == StatementStatus.WITHDRAWN) {
            throw new ConveneException("statement.review.error.frozen");
        }
    }
}
