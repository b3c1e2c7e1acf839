package org.convene.statement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status workflow: DRAFT → IN_REVIEW → SIGN_OFF → PUBLISHED (→ WITHDRAWN with a reason), moved
 * only by the lead drafter and organisers. Freezing computes the SHA-256 of the canonical text
 * ({@link CanonicalText}) and asks the signatories; reopening voids the round's sign-offs, visibly;
 * publishing needs the quorum and writes an immutable {@link Publication}. A correction of a published
 * statement goes back to review and ends in a new publication with a change note. Every step is a
 * {@link StatusChange} in the history. Steps take the review row's lock, so they queue behind each
 * other and behind signatures.
 */
@Service
public class WorkflowService {

    private final StatementReviewRepository reviews;
    private final StatusChangeRepository history;
    private final SignatoryRepository signatories;
    private final SignatureRepository signatures;
    private final PublicationRepository publications;
    private final TranslationRepository translations;
    private final ChecklistAnswerService checklist;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final StatementService statementService;
    private final StatementRepository statements;
    private final AccountService accounts;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkflowService(StatementReviewRepository reviews, StatusChangeRepository history,
                    SignatoryRepository signatories, SignatureRepository signatures,
                    PublicationRepository publications, TranslationRepository translations,
                    ChecklistAnswerService checklist, ReviewAccess access, Drafts drafts, StatementService statementService,
                    StatementRepository statements, AccountService accounts, NoticeService notices,
                    ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.history = history;
        this.signatories = signatories;
        this.signatures = signatures;
        this.publications = publications;
        this.translations = translations;
        this.checklist = checklist;
        this.access = access;
        this.drafts = drafts;
        this.statementService = statementService;
        this.statements = statements;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** Quorum rule and who reads the publication: before sign-off. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void configure(long statementId, Quorum quorum, PublicationVisibility visibility) {
        var h = access.leadable(statementId);
        ReviewAccess.requireUnfrozen(h);
        if (quorum == null || visibility == null) {
            throw ConveneException.onField(quorum == null ? "quorum" : "visibility", "validation.required");
        }
        if (visibility == PublicationVisibility.GROUP && h.groupId() == null) {
            throw ConveneException.onField("visibility", "statement.signoff.visibility-no-group");
        }
        review(statementId).configure(quorum, visibility);
        drafts.recordChange(statementId, "STATUS", null, access.me());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void submitForReview(long statementId) {
        move(statementId, StatementStatus.DRAFT, StatementStatus.IN_REVIEW, "", null, 0);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void backToDraft(long statementId) {
        move(statementId, StatementStatus.IN_REVIEW, StatementStatus.DRAFT, "", null, 0);
    }

    /** Freezes the current text for sign-off; returns its hash. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String freeze(long statementId) {
        var h = access.leadable(statementId);
        var review = review(statementId);
        var status = currentStatus(statementId);
        if (status != StatementStatus.DRAFT && status != StatementStatus.IN_REVIEW) {
            throw wrongStep(h);
        }
        var answers = checklist.state(statementId, false);
        if (answers.isPresent() && !answers.get().complete()) {
            throw new ConveneException("statement.signoff.checklist-incomplete", answers.get().unanswered());
        }
        var translation = translations.existsById(statementId);
        var invited = signatories.findByStatement(statementId);
        if (invited.isEmpty() && !translation) {
            throw new ConveneException("statement.signoff.no-signatories");
        }
        var hash = CanonicalText.hash(h.title(), h.language(), canonicalBody(statementId));
        var me = access.me();
        review.freeze(hash, me, clock.instant());
        move(h, StatementStatus.SIGN_OFF, "", hash, 0);
        var ids = invited.stream().map(Signatory::getUserId).toList();
        ids.forEach(id -> notices.tell(id, statementId, NoticeKind.SIGNATURE_REQUESTED, hash));
        events.publishEvent(new StatementFrozen(statementId, review.getRound(), hash, ids));
        return hash;
    }

    /** Back to review from sign-off: the sign-offs given on the frozen version are void (and shown as such). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int reopen(long statementId, String reason) {
        var h = access.leadable(statementId);
        var why = Validation.optionalText(reason, "reason", 2000);
        var review = review(statementId);
        if (currentStatus(statementId) != StatementStatus.SIGN_OFF) {
            throw wrongStep(h);
        }
        var now = clock.instant();
        var invited = signatories.findByStatement(statementId);
        var voidedUsers = new ArrayList<Long>();
        if (!invited.isEmpty()) {
            var byId = new java.util.HashMap<Long, Long>();
            invited.forEach(s -> byId.put(s.getId(), s.getUserId()));
            for (var sig : signatures.findBySignatories(byId.keySet())) {
                if (sig.getRound() == review.getRound() && sig.getVoidedAt() == null) {
                    sig.voidAt(now);
                    voidedUsers.add(byId.get(sig.getSignatoryId()));
                }
            }
        }
        review.unfreeze();
        move(h, StatementStatus.IN_REVIEW, why, null, voidedUsers.size());
        if (!voidedUsers.isEmpty()) {
            voidedUsers.forEach(id -> notices.tell(id, statementId, NoticeKind.SIGNATURES_VOIDED, why));
            events.publishEvent(new SignaturesVoided(statementId, review.getRound(), List.copyOf(voidedUsers), why));
        }
        return voidedUsers.size();
    }

    /** Publishes the frozen version once the quorum is reached; returns the publication number. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int publish(long statementId, String changeNote) {
        var h = access.leadable(statementId);
        var review = review(statementId);
        if (currentStatus(statementId) != StatementStatus.SIGN_OFF || review.getFrozenHash() == null) {
            throw wrongStep(h);
        }
        var previous = publications.maxNumber(statementId);
        var number = previous == null ? 1 : previous + 1;
        var note = Validation.optionalText(changeNote, "changeNote", Publication.CHANGE_NOTE_MAX);
        if (number > 1 && note.isEmpty()) {
            throw ConveneException.onField("changeNote", "statement.publication.change-note-required");
        }
        var body = drafts.body(statementId);
        var hash = CanonicalText.hash(h.title(), h.language(), canonicalBody(statementId));
        if (!hash.equals(review.getFrozenHash())) {
            throw new ConveneException("statement.signoff.hash-mismatch");
        }
        var translation = translations.findById(statementId).orElse(null);
        List<Publication.Signer> signers;
        Long sourcePublicationId = null;
        if (translation != null) {
            var source = publications.findByStatement(translation.getSourceId()).stream().findFirst()
                    .orElseThrow(() -> new ConveneException("statement.translation.source-unpublished"));
            signers = source.getSigners();
            sourcePublicationId = source.getId();
        } else {
            signers = endorsers(statementId, review);
            if (!review.getQuorum().reached(signatories.findByStatement(statementId).size(), signers.size())) {
                throw new ConveneException("statement.signoff.no-quorum");
            }
        }
        var paragraphs = new ArrayList<Publication.Paragraph>();
        int s = 0;
        for (var section : body) {
            s++;
            int p = 0;
            for (var paragraph : section.paragraphs()) {
                paragraphs.add(new Publication.Paragraph(s, ++p, section.heading(), paragraph.text()));
            }
            if (section.paragraphs().isEmpty()) {
                paragraphs.add(new Publication.Paragraph(s, 0, section.heading(), ""));
            }
        }
        var summary = statementService.toSummary(statements.findById(statementId).orElseThrow(NotFoundException::new));
        var context = String.join(" · ", java.util.stream.Stream.of(summary.groupName(), summary.seminarTitle())
                .filter(x -> x != null && !x.isBlank()).toList());
        // The published page has the statement's own public id: one link for every published version.
        var publicId = h.publicId();
        var me = access.me();
        publications.save(new Publication(statementId, number, publicId, h.title(), h.language(), h.groupId(),
                h.seminarId(), context.length() > 500 ? context.substring(0, 500) : context, review.getVisibility(), hash,
                note, sourcePublicationId, clock.instant(), me, paragraphs, signers));
        move(h, StatementStatus.PUBLISHED, note, hash, 0);
        var recipients = new HashSet<Long>(h.team().keySet());
        signatories.findByStatement(statementId).forEach(x -> recipients.add(x.getUserId()));
        recipients.remove(me);
        recipients.forEach(id -> notices.tell(id, statementId, NoticeKind.PUBLISHED, String.valueOf(number)));
        events.publishEvent(new StatementPublished(statementId, publicId, number, List.copyOf(recipients)));
        return number;
    }

    /** Starts a correction of a published statement: back to review; the published versions stay readable. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void startCorrection(long statementId, String reason) {
        var why = Validation.optionalText(reason, "reason", 2000);
        var h = access.leadable(statementId);
        var review = review(statementId);
        if (currentStatus(statementId) != StatementStatus.PUBLISHED) {
            throw wrongStep(h);
        }
        review.unfreeze();
        move(h, StatementStatus.IN_REVIEW, why, null, 0);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void withdraw(long statementId, String reason) {
        var h = access.leadable(statementId);
        var why = Validation.optionalText(reason, "reason", 2000);
        if (why.isEmpty()) {
            throw ConveneException.onField("reason", "statement.publication.withdraw-reason");
        }
        var review = review(statementId);
        if (currentStatus(statementId) != StatementStatus.PUBLISHED) {
            throw wrongStep(h);
        }
        review.withdraw(why);
        move(h, StatementStatus.WITHDRAWN, why, null, 0);
    }

    // ---------------------------------------------------------------- helpers

    private void move(long statementId, StatementStatus from, StatementStatus to, String reason, String hash, int voided) {
        var h = access.leadable(statementId);
        review(statementId);
        if (currentStatus(statementId) != from) {
            throw wrongStep(h);
        }
        move(h, to, reason, hash, voided);
    }

    private void move(Drafts.Header h, StatementStatus to, String reason, String hash, int voided) {
        var me = access.me();
        var from = currentStatus(h.id());
        drafts.moveTo(h.id(), to, clock.instant());
        history.save(new StatusChange(h.id(), from, to, me, clock.instant(), reason, hash, voided));
        drafts.recordChange(h.id(), "STATUS", null, me);
    }

    private StatementStatus currentStatus(long statementId) {
        return statements.findById(statementId).map(Statement::getStatus).orElseThrow(NotFoundException::new);
    }

    /** The review row, locked for this transaction (created on first use). */
    private StatementReview review(long statementId) {
        return reviews.lock(statementId).orElseGet(() -> {
            reviews.saveAndFlush(new StatementReview(statementId));
            return reviews.lock(statementId).orElseThrow();
        });
    }

    private static ConveneException wrongStep(Drafts.Header h) {
        return new ConveneException("statement.signoff.wrong-step");
    }

    List<CanonicalText.Section> canonicalBody(long statementId) {
        return drafts.body(statementId).stream().map(s -> new CanonicalText.Section(s.heading(),
                s.paragraphs().stream().map(Drafts.Paragraph::text).toList())).toList();
    }

    private List<Publication.Signer> endorsers(long statementId, StatementReview review) {
        var invited = signatories.findByStatement(statementId);
        if (invited.isEmpty()) {
            return List.of();
        }
        var byId = new java.util.HashMap<Long, Signatory>();
        invited.forEach(s -> byId.put(s.getId(), s));
        var names = accounts.displayNames(invited.stream().map(Signatory::getUserId).toList());
        var out = new ArrayList<Publication.Signer>();
        var current = signatures.findBySignatories(byId.keySet()).stream()
                .filter(g -> g.getRound() == review.getRound() && g.getVoidedAt() == null && g.getDecision() != null
                        && g.getDecision().endorses())
                .sorted(java.util.Comparator.comparing(g -> names.getOrDefault(byId.get(g.getSignatoryId()).getUserId(), "")
                        .toLowerCase(java.util.Locale.ROOT)))
                .toList();
        int pos = 0;
        for (var g : current) {
            var s = byId.get(g.getSignatoryId());
            out.add(new Publication.Signer(++pos, names.getOrDefault(s.getUserId(), "?"), s.getOrganisation(), g.getReservation()));
        }
        return out;
    }
}
