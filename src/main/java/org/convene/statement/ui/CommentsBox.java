package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.CommentService;
import org.convene.statement.CommentThread;
import org.convene.statement.ParagraphService;
import org.convene.statement.StatementLive;

/**
 * Comment threads of a statement: of one paragraph (with a box for a new comment) or of all paragraphs.
 * Replies, resolve and reopen; follows the statement live, so others' comments appear without reload.
 */
class CommentsBox extends VerticalLayout {

    static final int BODY_MAX = 4000;
    /** The new comment's rule (present, within the limit): said on the field before the service is asked. */
    private com.vaadin.flow.data.binder.Binder<Object> commentRule;

    final TextArea newComment = new TextArea();
    final Button add = new Button();
    final Span unresolved = new Span();
    private final Div threads = new Div();
    private final transient CommentService comments;
    private final transient ParagraphService paragraphs;
    private final long statementId;
    private final Long paragraphId;
    private final boolean canComment;

    CommentsBox(CommentService comments, ParagraphService paragraphs, StatementLive live, long statementId,
                Long paragraphId, boolean canComment) {
        this.comments = comments;
        this.paragraphs = paragraphs;
        this.statementId = statementId;
        this.paragraphId = paragraphId;
        this.canComment = canComment;
        setPadding(false);
        addClassName("statement-review-comments");
        setId(paragraphId == null ? "review-comments-all" : "review-comments-" + paragraphId);
        unresolved.setId("review-comments-unresolved");
        unresolved.addClassName("statement-review-count");
        threads.addClassName("statement-review-threads");
        add(unresolved, threads);
        if (paragraphId != null && canComment) {
            newComment.setId("review-comment-text");
            newComment.setLabel(getTranslation("statement.review.comments.new"));
            newComment.setHelperText(getTranslation("statement.review.comments.mention-hint"));
            Limits.limit(newComment, BODY_MAX);
            newComment.setWidthFull();
            add.setId("review-comment-add");
            add.setText(getTranslation("statement.review.comments.add"));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            commentRule = Rules.one(newComment, Rules.text(this, BODY_MAX, true));
            add.addClickListener(e -> addComment());
            add(newComment, add);
        }
        LiveUpdates.follow(this, live, statementId, change -> {
            if (java.util.Set.of("COMMENT", "STATUS", "STRUCTURE").contains(change.kind())) {
                refresh();
            }
        });
        refresh();
    }

    /** Replies being written, by thread: a refresh (someone else commented) rebuilds the threads, not the drafts. */
    private final Map<Long, String> replyDrafts = new HashMap<>();

    void refresh() {
        threads.removeAll();
        var list = paragraphId == null ? comments.allThreads(statementId) : comments.threads(statementId, paragraphId);
        var open = list.stream().filter(t -> !t.resolved()).count();
        unresolved.setText(getTranslation("statement.review.comments.unresolved", open));
        if (list.isEmpty()) {
            threads.add(new Paragraph(getTranslation("statement.review.comments.none")));
            return;
        }
        Map<Long, String> labels = paragraphId == null ? labels() : Map.of();
        for (var t : list) {
            threads.add(thread(t, labels.get(t.paragraphId())));
        }
    }

    private Map<Long, String> labels() {
        var map = new HashMap<Long, String>();
        var body = paragraphs.body(statementId);
        for (var s : body.sections()) {
            for (var p : s.paragraphs()) {
                map.put(p.id(), "§" + s.position() + " ¶" + p.position());
            }
        }
        return map;
    }

    private Div thread(CommentThread t, String label) {
        var box = new Div();
        box.addClassName("statement-review-thread");
        box.setId("review-thread-" + t.id());
        if (t.resolved()) {
            box.addClassName("resolved");
        }
        var head = new HorizontalLayout();
        head.addClassName("statement-review-thread-head");
        if (paragraphId == null) {
            head.add(ReviewUi.badge(label == null ? getTranslation("statement.review.comments.deleted-paragraph") : label, "contrast"));
        }
        if (t.resolved()) {
            head.add(ReviewUi.badge(getTranslation("statement.review.comments.resolved-by", t.resolvedBy()), "success"));
        }
        box.add(head, entry(t.first()));
        t.replies().forEach(r -> {
            var reply = entry(r);
            reply.addClassName("reply");
            box.add(reply);
        });
        if (canComment) {
            var replyText = new TextArea();
            replyText.setId("review-reply-text-" + t.id());
            replyText.setPlaceholder(getTranslation("statement.review.comments.reply"));
            Limits.limit(replyText, BODY_MAX);
            replyText.setWidthFull();
            replyText.setValue(replyDrafts.getOrDefault(t.id(), ""));
            replyText.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            replyText.addValueChangeListener(e -> replyDrafts.put(t.id(), e.getValue()));
            var reply = new Button(getTranslation("statement.review.comments.reply"), e -> act(() -> {
                comments.reply(t.id(), replyText.getValue());
                replyDrafts.remove(t.id());
            }));
            reply.setId("review-reply-" + t.id());
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var toggle = new Button(getTranslation(t.resolved() ? "statement.review.comments.reopen" : "statement.review.comments.resolve"),
                    e -> act(() -> {
                        if (t.resolved()) {
                            comments.reopen(t.id());
                        } else {
                            comments.resolve(t.id());
                        }
                    }));
            toggle.setId((t.resolved() ? "review-reopen-" : "review-resolve-") + t.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var actions = new HorizontalLayout(reply, toggle);
            actions.setSpacing(true);
            box.add(replyText, actions);
        }
        return box;
    }

    private Div entry(CommentThread.Entry e) {
        var div = new Div();
        div.addClassName("statement-review-entry");
        var meta = new Span(e.author() + " · " + ReviewUi.when(e.at(), getLocale()));
        meta.addClassName("meta");
        var body = new Paragraph(e.body());
        body.addClassName("convene-prewrap");
        div.add(meta, body);
        return div;
    }

    private void addComment() {
        if (!commentRule.validate().isOk()) {
            return;
        }
        try {
            comments.comment(statementId, paragraphId, newComment.getValue());
        } catch (ConveneException e) {
            newComment.setErrorMessage(getTranslation(e.getMessageKey(), e.getArgs()));
            newComment.setInvalid(true);
            return;
        }
        // Cleared through the binder: an empty field after a comment went through is not a problem to show.
        commentRule.readBean(null);
        Notifications.success(getTranslation("statement.review.comments.added"));
        refresh();
    }

    private void act(Runnable action) {
        if (Notifications.attempt(this, action)) {
            refresh();
        }
    }
}
