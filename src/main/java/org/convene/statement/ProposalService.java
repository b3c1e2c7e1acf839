package org.convene.statement;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposed changes. Anyone in the team (reviewers included) proposes new text for a paragraph with a
 * reason; the lead drafter (or an organiser) accepts it, which saves a new version credited to the
 * proposer through the drafting core (same conflict rule: accepting on a version the lead did not see
 * is refused), or declines it with a reason. The proposer is told in the app and by e-mail.
 */
@Service
public class ProposalService {

    private final ProposalRepository proposals;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final AccountService accounts;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(ProposalRepository proposals, ReviewAccess access, Drafts drafts, AccountService accounts,
                    NoticeService notices, ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.access = access;
        this.drafts = drafts;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Proposes {@code text} for a paragraph, written on {@code baseVersion} (the version the proposer saw).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long propose(long statementId, long paragraphId, long baseVersion, String text, String reason) {
        var h = access.commentable(statementId);
        ReviewAccess.requireUnfrozen(h);
        var paragraph = drafts.paragraph(paragraphId).filter(p -> p.statementId() == statementId)
                .orElseThrow(NotFoundException::new);
        if (paragraph.deleted()) {
            throw ConveneException.onField("text", "statement.review.error.paragraph-deleted");
        }
        if (baseVersion < 1 || baseVersion > paragraph.version()) {
            throw ConveneException.onField("text", "statement.review.error.version");
        }
        var clean = ParagraphService.cleanText(text);
        var why = Validation.optionalText(reason, "reason", Proposal.REASON_MAX);
        if (why.isEmpty()) {
            throw ConveneException.onField("reason", "validation.required");
        }
        var baseText = baseVersion == paragraph.version() ? paragraph.text()
                : drafts.textAt(paragraphId, baseVersion).orElse(paragraph.text());
        if (clean.equals(baseText)) {
            throw ConveneException.onField("text", "statement.review.proposal.unchanged");
        }
        var me = access.me();
        var proposal = proposals.save(new Proposal(statementId, paragraphId, baseVersion, baseText, clean, why, me,
                clock.instant()));
        drafts.recordChange(statementId, "PROPOSAL", paragraphId, me);
        return proposal.getId();
    }

    /**
     * Accepts a proposal: its text becomes the paragraph's next version, credited to the proposer.
     * {@code seenVersion} is the paragraph version the lead was looking at; if it moved on meanwhile the
     * core refuses with its conflict exception and nothing is stored.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("isAuthenticated()")
    public long accept(long proposalId, long seenVersion) {
        var proposal = open(proposalId);
        var h = access.leadable(proposal.getStatementId());
        ReviewAccess.requireUnfrozen(h);
        var paragraph = drafts.paragraph(proposal.getParagraphId()).orElseThrow(NotFoundException::new);
        if (paragraph.deleted()) {
            throw new ConveneException("statement.review.error.paragraph-deleted");
        }
        var me = access.me();
        var proposer = proposal.getProposerId() == null ? me : proposal.getProposerId();
        var version = drafts.saveCredited(proposal.getParagraphId(), seenVersion, proposal.getProposedText(), me, proposer);
        proposal.accept(me, version, "", clock.instant());
        proposals.flush();
        tell(proposal, h, true, "");
        drafts.recordChange(proposal.getStatementId(), "PROPOSAL", proposal.getParagraphId(), me);
        return version;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void decline(long proposalId, String reason) {
        var proposal = open(proposalId);
        var h = access.leadable(proposal.getStatementId());
        ReviewAccess.requireOpen(h);
        var why = Validation.optionalText(reason, "reason", Proposal.REASON_MAX);
        if (why.isEmpty()) {
            throw ConveneException.onField("reason", "statement.review.proposal.reason-required");
        }
        var me = access.me();
        proposal.decline(me, why, clock.instant());
        proposals.flush();
        tell(proposal, h, false, why);
        drafts.recordChange(proposal.getStatementId(), "PROPOSAL", proposal.getParagraphId(), me);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProposalView> list(long statementId) {
        access.readable(statementId);
        var all = proposals.findByStatement(statementId);
        var ids = new HashSet<Long>();
        all.forEach(p -> {
            if (p.getProposerId() != null) {
                ids.add(p.getProposerId());
            }
            if (p.getDecidedBy() != null) {
                ids.add(p.getDecidedBy());
            }
        });
        var names = accounts.displayNames(ids);
        return all.stream().map(p -> {
            var paragraph = drafts.paragraph(p.getParagraphId()).orElse(null);
            long current = paragraph == null ? p.getBaseVersion() : paragraph.version();
            var open = p.getStatus() == ProposalStatus.OPEN;
            return new ProposalView(p.getId(), p.getParagraphId(), p.getBaseVersion(), current,
                    open && current != p.getBaseVersion(), paragraph == null || paragraph.deleted(), p.getBaseText(),
                    paragraph == null ? "" : paragraph.text(), p.getProposedText(), p.getReason(),
                    p.getProposerId() == null ? 0 : p.getProposerId(),
                    p.getProposerId() == null ? "—" : names.getOrDefault(p.getProposerId(), "?"), p.getCreatedAt(),
                    p.getStatus(), p.getDecidedBy() == null ? null : names.getOrDefault(p.getDecidedBy(), "?"),
                    p.getDecisionReason(), p.getAcceptedVersion());
        }).toList();
    }

    /** Open proposals on one paragraph (for its badge). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int openCount(long statementId, long paragraphId) {
        access.readable(statementId);
        return proposals.findOpen(statementId, paragraphId).size();
    }

    private Proposal open(long proposalId) {
        var proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
        access.readable(proposal.getStatementId());
        if (proposal.getStatus() != ProposalStatus.OPEN) {
            throw new ConveneException("statement.review.proposal.decided");
        }
        return proposal;
    }

    private void tell(Proposal p, Drafts.Header h, boolean accepted, String reason) {
        if (p.getProposerId() == null) {
            return;
        }
        notices.tell(p.getProposerId(), h.id(), accepted ? NoticeKind.PROPOSAL_ACCEPTED : NoticeKind.PROPOSAL_DECLINED, reason);
        events.publishEvent(new ProposalDecided(p.getId(), h.id(), p.getProposerId(), accepted, reason));
    }
}
