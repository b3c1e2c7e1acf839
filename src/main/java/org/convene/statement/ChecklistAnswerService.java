package org.convene.statement;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A statement's review checklist: the lead drafter or an organiser attaches one; the team (reviewers
 * included) answers each item yes / no / not applicable with a note. Freezing for sign-off is refused
 * while an item is unanswered ({@link WorkflowService}).
 */
@Service
public class ChecklistAnswerService {

    private final ChecklistAnswerRepository answers;
    private final ReviewChecklistRepository checklists;
    private final StatementReviewRepository reviews;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final AccountService accounts;
    private final Clock clock;

    ChecklistAnswerService(ChecklistAnswerRepository answers, ReviewChecklistRepository checklists,
                           StatementReviewRepository reviews, ReviewAccess access, Drafts drafts, AccountService accounts,
                           Clock clock) {
        this.answers = answers;
        this.checklists = checklists;
        this.reviews = reviews;
        this.access = access;
        this.drafts = drafts;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Attaches a checklist (or none). Answers to another checklist's items are dropped. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void attach(long statementId, Long checklistId) {
        var h = access.leadable(statementId);
        ReviewAccess.requireUnfrozen(h);
        if (checklistId != null && !checklists.existsById(checklistId)) {
            throw ConveneException.onField("checklist", "statement.review.checklist.unknown");
        }
        var review = reviews.lock(statementId).orElseGet(() -> reviews.save(new StatementReview(statementId)));
        if (checklistId != null && checklistId.equals(review.getChecklistId())) {
            return;
        }
        answers.deleteAll(answers.findByStatement(statementId));
        answers.flush();
        review.setChecklistId(checklistId);
        drafts.recordChange(statementId, "CHECKLIST", null, access.me());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void answer(long statementId, long itemId, CheckAnswer answer, String note) {
        var h = access.commentable(statementId);
        ReviewAccess.requireUnfrozen(h);
        var review = reviews.findById(statementId).orElseThrow(() -> new ConveneException("statement.review.checklist.none"));
        var checklist = review.getChecklistId() == null ? null : checklists.findById(review.getChecklistId()).orElse(null);
        if (checklist == null || checklist.getItems().stream().noneMatch(i -> i.getId() == itemId)) {
            throw new NotFoundException();
        }
        if (answer == null) {
            throw ConveneException.onField("answer", "validation.required");
        }
        var clean = Validation.optionalText(note, "note", ChecklistAnswer.NOTE_MAX);
        var row = answers.findById(new ChecklistAnswer.Key(statementId, itemId))
                .orElseGet(() -> new ChecklistAnswer(statementId, itemId));
        row.answer(answer, clean, access.me(), clock.instant());
        answers.save(row);
        drafts.recordChange(statementId, "CHECKLIST", null, access.me());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StatementChecklist> checklist(long statementId) {
        var h = access.readable(statementId);
        return state(statementId, access.canComment(h) && !h.status().frozen());
    }

    /** Also used by the workflow, inside its transaction (no access check). */
    Optional<StatementChecklist> state(long statementId, boolean canAnswer) {
        var review = reviews.findById(statementId).orElse(null);
        if (review == null || review.getChecklistId() == null) {
            return Optional.empty();
        }
        var checklist = checklists.findById(review.getChecklistId()).map(ChecklistDefinition::of).orElse(null);
        if (checklist == null) {
            return Optional.empty();
        }
        var byItem = new HashMap<Long, ChecklistAnswer>();
        answers.findByStatement(statementId).forEach(a -> byItem.put(a.getKey().itemId(), a));
        var ids = new HashSet<Long>();
        byItem.values().forEach(a -> {
            if (a.getAnsweredBy() != null) {
                ids.add(a.getAnsweredBy());
            }
        });
        var names = accounts.displayNames(ids);
        var rows = checklist.items().stream().map(i -> {
            var a = byItem.get(i.id());
            return a == null ? new StatementChecklist.Row(i, null, "", null, null)
                    : new StatementChecklist.Row(i, a.getAnswer(), a.getNote(),
                    a.getAnsweredBy() == null ? "—" : names.getOrDefault(a.getAnsweredBy(), "?"), a.getAnsweredAt());
        }).toList();
        return Optional.of(new StatementChecklist(statementId, checklist, rows, canAnswer));
    }
}
