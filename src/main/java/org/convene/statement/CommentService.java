package org.convene.statement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.account.AccountService;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments anchored to a paragraph, with replies, resolved and reopened per thread. A comment that
 * names a team member as {@code @Display Name} tells them (in the app and by e-mail). Comments are
 * kept in the record but are never part of the published text.
 */
@Service
public class CommentService {

    private final CommentRepository comments;
    private final ReviewAccess access;
    private final Drafts drafts;
    private final AccountService accounts;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, ReviewAccess access, Drafts drafts, AccountService accounts,
                   NoticeService notices, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.access = access;
        this.drafts = drafts;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long comment(long statementId, long paragraphId, String body) {
        var h = access.commentable(statementId);
        ReviewAccess.requireOpen(h);
        var paragraph = drafts.paragraph(paragraphId).filter(p -> p.statementId() == statementId)
                .orElseThrow(NotFoundException::new);
        if (paragraph.deleted()) {
            throw ConveneException.onField("body", "statement.review.error.paragraph-deleted");
        }
        var text = Validation.optionalText(body, "body", Comment.BODY_MAX);
        if (text.isEmpty()) {
            throw ConveneException.onField("body", "validation.required");
        }
        var me = access.me();
        var comment = comments.save(new Comment(statementId, paragraphId, null, me, text, clock.instant()));
        mentions(h, comment);
        drafts.recordChange(statementId, "COMMENT", paragraphId, me);
        return comment.getId();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long reply(long commentId, String body) {
        var parent = comments.findById(commentId).orElseThrow(NotFoundException::new);
        var h = access.commentable(parent.getStatementId());
        ReviewAccess.requireOpen(h);
        var root = parent.getParentId() == null ? parent : comments.findById(parent.getParentId()).orElseThrow(NotFoundException::new);
        var text = Validation.optionalText(body, "body", Comment.BODY_MAX);
        if (text.isEmpty()) {
            throw ConveneException.onField("body", "validation.required");
        }
        var me = access.me();
        var reply = comments.save(new Comment(root.getStatementId(), root.getParagraphId(), root.getId(), me, text, clock.instant()));
        if (root.isResolved()) {
            root.reopen();
        }
        mentions(h, reply);
        drafts.recordChange(root.getStatementId(), "COMMENT", root.getParagraphId(), me);
        return reply.getId();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void resolve(long commentId) {
        setResolved(commentId, true);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reopen(long commentId) {
        setResolved(commentId, false);
    }

    private void setResolved(long commentId, boolean resolved) {
        var comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        var h = access.commentable(comment.getStatementId());
        ReviewAccess.requireOpen(h);
        var root = comment.getParentId() == null ? comment : comments.findById(comment.getParentId()).orElseThrow(NotFoundException::new);
        if (resolved && !root.isResolved()) {
            root.resolve(access.me(), clock.instant());
        } else if (!resolved && root.isResolved()) {
            root.reopen();
        } else {
            return;
        }
        drafts.recordChange(root.getStatementId(), "COMMENT", root.getParagraphId(), access.me());
    }

    /** The threads on one paragraph, oldest first (resolved ones included, marked). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CommentThread> threads(long statementId, long paragraphId) {
        access.readable(statementId);
        return toThreads(comments.findByParagraph(statementId, paragraphId));
    }

    /** Every thread of the statement, paragraph by paragraph. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CommentThread> allThreads(long statementId) {
        access.readable(statementId);
        return toThreads(comments.findByStatement(statementId));
    }

    /** Unresolved threads per paragraph id (paragraphs without any are absent). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Integer> unresolvedCounts(long statementId) {
        access.readable(statementId);
        var counts = new HashMap<Long, Integer>();
        for (var row : comments.unresolvedByParagraph(statementId)) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int unresolvedTotal(long statementId) {
        return unresolvedCounts(statementId).values().stream().mapToInt(Integer::intValue).sum();
    }

    private List<CommentThread> toThreads(List<Comment> all) {
        var ids = new HashSet<Long>();
        all.forEach(c -> {
            if (c.getAuthorId() != null) {
                ids.add(c.getAuthorId());
            }
            if (c.getResolvedBy() != null) {
                ids.add(c.getResolvedBy());
            }
        });
        var names = accounts.displayNames(ids);
        var roots = new LinkedHashMap<Long, Comment>();
        var replies = new HashMap<Long, List<CommentThread.Entry>>();
        for (var c : all) {
            if (c.getParentId() == null) {
                roots.put(c.getId(), c);
            } else {
                replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(entry(c, names));
            }
        }
        return roots.values().stream().map(r -> new CommentThread(r.getId(), r.getParagraphId(), entry(r, names),
                replies.getOrDefault(r.getId(), List.of()), r.isResolved(),
                r.getResolvedBy() == null ? null : names.getOrDefault(r.getResolvedBy(), "?"), r.getResolvedAt())).toList();
    }

    private static CommentThread.Entry entry(Comment c, Map<Long, String> names) {
        return new CommentThread.Entry(c.getId(), c.getAuthorId() == null ? "—" : names.getOrDefault(c.getAuthorId(), "?"),
                c.getBody(), c.getCreatedAt());
    }

    /** Team members named as {@code @Display Name} (case-insensitive), the author excepted. */
    private void mentions(Drafts.Header h, Comment comment) {
        var text = comment.getBody().toLowerCase(Locale.ROOT);
        var names = accounts.displayNames(h.team().keySet());
        var mentioned = names.entrySet().stream()
                .filter(e -> !e.getKey().equals(comment.getAuthorId()))
                .filter(e -> text.contains("@" + e.getValue().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).sorted().toList();
        if (mentioned.isEmpty()) {
            return;
        }
        var author = names.getOrDefault(comment.getAuthorId(), "?");
        for (var userId : mentioned) {
            notices.tell(userId, h.id(), NoticeKind.MENTIONED, author + ": " + comment.getBody());
        }
        events.publishEvent(new CommentMentioned(comment.getId(), h.id(), comment.getAuthorId(), mentioned));
    }
}
