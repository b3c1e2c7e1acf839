package org.convene.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import org.convene.account.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the sign-off state of a statement for those who may read it ({@link SignOffState}). */
@Service
public class SignOffQueries {

    private final StatementReviewRepository reviews;
    private final StatusChangeRepository history;
    private final SignatoryRepository signatories;
    private final SignatureRepository signatures;
    private final PublicationRepository publications;
    private final TranslationRepository translations;
    private final ReviewAccess access;
    private final AccountService accounts;

    SignOffQueries(StatementReviewRepository reviews, StatusChangeRepository history,
                   SignatoryRepository signatories, SignatureRepository signatures,
                   PublicationRepository publications, TranslationRepository translations,
                   ReviewAccess access, AccountService accounts) {
        this.reviews = reviews;
        this.history = history;
        this.signatories = signatories;
        this.signatures = signatures;
        this.publications = publications;
        this.translations = translations;
        this.access = access;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SignOffState state(long statementId) {
        var h = access.readable(statementId);
        var review = reviews.findById(statementId).orElse(new StatementReview(statementId));
        var invited = signatories.findByStatement(statementId);
        var changes = history.findByStatement(statementId);
        var ids = new HashSet<Long>();
        invited.forEach(s -> ids.add(s.getUserId()));
        changes.forEach(c -> {
            if (c.getActorId() != null) {
                ids.add(c.getActorId());
            }
        });
        var names = accounts.displayNames(ids);
        var bySignatory = new HashMap<Long, Signatory>();
        invited.forEach(s -> bySignatory.put(s.getId(), s));
        var all = invited.isEmpty() ? java.util.List.<Signature>of() : signatures.findBySignatories(bySignatory.keySet());
        var current = new HashMap<Long, Signature>();
        var voided = new java.util.ArrayList<SignOffState.VoidedRow>();
        for (var g : all) {
            var who = names.getOrDefault(bySignatory.get(g.getSignatoryId()).getUserId(), "?");
            if (g.getVoidedAt() != null) {
                voided.add(new SignOffState.VoidedRow(who, g.getRound(), g.getDecision(), g.getVoidedAt()));
            } else if (g.getRound() == review.getRound() && review.getFrozenHash() != null) {
                current.put(g.getSignatoryId(), g);
            }
        }
        var rows = invited.stream().map(s -> {
            var g = current.get(s.getId());
            return new SignOffState.SignatoryRow(s.getId(), s.getUserId(), names.getOrDefault(s.getUserId(), "?"),
                    s.getOrganisation(), g == null ? null : g.getDecision(), g == null ? "" : g.getReservation(),
                    g == null ? null : g.getSignedAt());
        }).sorted(java.util.Comparator.comparing(r -> r.name().toLowerCase(java.util.Locale.ROOT))).toList();
        int endorsed = (int) rows.stream().filter(r -> r.decision() != null && r.decision().endorses()).count();
        var me = access.me();
        var hist = changes.stream().map(c -> new SignOffState.HistoryRow(c.getFrom(), c.getTo(),
                c.getActorId() == null ? "—" : names.getOrDefault(c.getActorId(), "?"), c.getAt(), c.getReason(),
                c.getContentHash(), c.getVoidedSignatures())).toList();
        var numbers = publications.findByStatement(statementId).stream().map(Publication::getNumber).toList();
        var translation = translations.existsById(statementId);
        return new SignOffState(statementId, h.publicId(), h.status(), review.getQuorum(), review.getVisibility(),
                review.getRound(), review.getFrozenHash(), review.getFrozenAt(), rows, voided, hist, rows.size(), endorsed,
                translation || review.getQuorum().reached(rows.size(), endorsed), translation, access.canLead(h),
                rows.stream().filter(r -> r.userId() == me).findFirst(), numbers, review.getWithdrawnReason());
    }

    /** Whether the signed-in person was invited to sign (for the signatory's own entry point). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> myInvitation(long statementId) {
        return signatories.findByStatementIdAndUserId(statementId, access.me()).map(Signatory::getId);
    }
}
