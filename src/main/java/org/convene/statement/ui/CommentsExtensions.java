package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.statement.CommentService;
import org.convene.statement.ParagraphService;
import org.convene.statement.ParagraphView;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementStatus;
import org.convene.statement.StatementSummary;
import org.springframework.stereotype.Component;

/** Comments in the editor: a "comments" tab with every thread, and on each paragraph its count and threads. */
@Component
class CommentsExtensions implements StatementPanel, ParagraphAction {

    private final CommentService comments;
    private final ParagraphService paragraphs;
    private final StatementLive live;
    private final CurrentUser currentUser;

    CommentsExtensions(CommentService comments, ParagraphService paragraphs, StatementLive live, CurrentUser currentUser) {
        this.comments = comments;
        this.paragraphs = paragraphs;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String id() {
        return "review-comments-tab";
    }

    @Override
    public String titleKey() {
        return "statement.review.comments.tab";
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(StatementSummary statement) {
        return Optional.of(new CommentsBox(comments, paragraphs, live, statement.id(), null, canComment(statement)));
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(StatementSummary statement, ParagraphView paragraph) {
        int open = comments.unresolvedCounts(statement.id()).getOrDefault(paragraph.id(), 0);
        var button = new Button(String.valueOf(open), VaadinIcon.COMMENT_O.create());
        button.setId("review-comments-button-" + paragraph.id());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(button.getTranslation("statement.review.comments.unresolved", open));
        button.setTooltipText(button.getTranslation("statement.review.comments.unresolved", open));
        if (open > 0) {
            button.addClassName("statement-review-has-comments");
        }
        button.addClickListener(e -> open(statement, paragraph));
        return Optional.of(button);
    }

    void open(StatementSummary statement, ParagraphView paragraph) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("statement.review.comments.tab"));
        dialog.setWidth("min(640px, 95vw)");
        dialog.add(new CommentsBox(comments, paragraphs, live, statement.id(), paragraph.id(), canComment(statement)));
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private boolean canComment(StatementSummary s) {
        var open = s.status() != StatementStatus.PUBLISHED && s.status() != StatementStatus.WITHDRAWN;
        return open && currentUser.get().map(u -> currentUser.hasRole(Role.ORGANISER) || s.roleOf(u.id()).isPresent()).orElse(false);
    }
}
