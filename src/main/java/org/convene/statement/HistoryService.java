package org.convene.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.convene.account.AccountService;
import org.convene.base.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** History of a statement's texts (every saved change, never rewritten) and word diffs between its versions. */
@Service
public class HistoryService {

    private final RevisionRepository revisions;
    private final ParagraphRepository paragraphs;
    private final SectionRepository sections;
    private final StatementAccess access;
    private final AccountService accounts;

    HistoryService(RevisionRepository revisions, ParagraphRepository paragraphs, SectionRepository sections,
                   StatementAccess access, AccountService accounts) {
        this.revisions = revisions;
        this.paragraphs = paragraphs;
        this.sections = sections;
        this.access = access;
        this.accounts = accounts;
    }

    /** Every version of one paragraph, oldest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> paragraphHistory(long paragraphId) {
        var statementId = paragraphs.statementIdOf(paragraphId).orElseThrow(NotFoundException::new);
        access.requireRead(statementId);
        return views(revisions.findByParagraphIdOrderByVersionAsc(paragraphId));
    }

    /** The statement's saved changes, newest first: each is a version of the statement. */
    @Transactional(readOnly = true)
    public Page<RevisionView> statementHistory(long statementId, Pageable pageable) {
        access.requireRead(statementId);
        var page = revisions.findByStatementIdOrderByIdDesc(statementId, pageable);
        var views = views(page.getContent());
        return new org.springframework.data.domain.PageImpl<>(views, pageable, page.getTotalElements());
    }

    /** The statement at revision {@code from} compared with it at revision {@code to} (0: empty). */
    @Transactional(readOnly = true)
    public StatementDiff diff(long statementId, long from, long to) {
        access.requireRead(statementId);
        var before = textAt(statementId, from);
        var after = textAt(statementId, to);
        var ids = new HashSet<Long>();
        ids.addAll(before.keySet());
        ids.addAll(after.keySet());
        var order = readingOrder(statementId);
        var list = new ArrayList<StatementDiff.ParagraphDiff>();
        ids.stream().sorted(Comparator.comparing((Long id) -> order.getOrDefault(id, Long.MAX_VALUE)).thenComparing(id -> id))
                .forEach(id -> {
                    var a = before.get(id);
                    var b = after.get(id);
                    var segments = WordDiff.of(a == null ? "" : a, b == null ? "" : b);
                    StatementDiff.Change change;
                    if (a == null) {
                        change = StatementDiff.Change.ADDED;
                    } else if (b == null) {
                        change = StatementDiff.Change.REMOVED;
                    } else {
                        change = WordDiff.changed(segments) ? StatementDiff.Change.CHANGED : StatementDiff.Change.SAME;
                    }
                    list.add(new StatementDiff.ParagraphDiff(id, change, segments));
                });
        return new StatementDiff(statementId, from, to, List.copyOf(list));
    }

    /** Each paragraph's text at a revision; paragraphs not yet made or already deleted are absent. */
    private Map<Long, String> textAt(long statementId, long revisionId) {
        var map = new HashMap<Long, String>();
        if (revisionId <= 0) {
            return map;
        }
        for (var r : revisions.stateAt(statementId, revisionId)) {
            if (!ParagraphRevision.DELETED.equals(r.getKind())) {
                map.put(r.getParagraphId(), r.getTextAfter());
            }
        }
        return map;
    }

    private Map<Long, Long> readingOrder(long statementId) {
        var sectionRank = new HashMap<Long, Integer>();
        for (var s : sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId)) {
            sectionRank.put(s.getId(), s.getPosition());
        }
        var order = new HashMap<Long, Long>();
        for (var p : paragraphs.findLive(statementId)) {
            order.put(p.getId(), sectionRank.getOrDefault(p.getSectionId(), 100_000) * 100_000L + p.getPosition());
        }
        return order;
    }

    private List<RevisionView> views(List<ParagraphRevision> list) {
        var people = new HashSet<Long>();
        list.forEach(r -> {
            if (r.getAuthorId() != null) {
                people.add(r.getAuthorId());
            }
            if (r.getCreditedTo() != null) {
                people.add(r.getCreditedTo());
            }
        });
        var names = accounts.displayNames(people);
        return list.stream().map(r -> new RevisionView(r.getId(), r.getParagraphId(), r.getVersion(), r.getKind(),
                r.getTextBefore(), r.getTextAfter(), r.getAuthorId(), r.getAuthorId() == null ? null : names.get(r.getAuthorId()),
                r.getCreditedTo(), r.getCreditedTo() == null ? null : names.get(r.getCreditedTo()), r.getAt())).toList();
    }
}
