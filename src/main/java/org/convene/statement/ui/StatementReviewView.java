package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.convene.base.ConveneException;
import org.convene.statement.ParagraphService;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementService;
import org.convene.statement.StatementSummary;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A statement's review page: the current text, read-only, with each paragraph's review actions
 * (comments, "propose a change"), and the side panels (comments, proposals, checklist, sign-off,
 * translations, and whatever else the module offers) as tabs. It is where e-mails link, where reviewers
 * and signatories work, and it stays live: a change made anywhere shows here without reloading.
 */
@Route(StatementReviewView.ROUTE + "/:id")
@PermitAll
public class StatementReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "statements/review";
    static final String ID = "id";

    /** A link to the review page of the statement with this id. */
    static RouterLink link(String text, long statementId) {
        return new RouterLink(text, StatementReviewView.class, new RouteParameters(ID, String.valueOf(statementId)));
    }

    final Div body = new Div();
    final TabSheet panels = new TabSheet();
    private final transient StatementService statements;
    private final transient ParagraphService paragraphs;
    private final transient StatementLive live;
    private final transient org.convene.statement.StatementAccess access;
    private final transient ObjectProvider<StatementPanel> panelBeans;
    private final transient ObjectProvider<ParagraphAction> actionBeans;
    private String title = "";
    private StatementSummary statement;

    StatementReviewView(StatementService statements, ParagraphService paragraphs, StatementLive live,
                        org.convene.statement.StatementAccess access, ObjectProvider<StatementPanel> panelBeans,
                        ObjectProvider<ParagraphAction> actionBeans) {
        this.access = access;
        this.statements = statements;
        this.paragraphs = paragraphs;
        this.live = live;
        this.panelBeans = panelBeans;
        this.actionBeans = actionBeans;
        addClassName("statement-review-page");
        setId("statement-review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().getLong(ID).orElse(-1L);
        try {
            statement = statements.summary(id);
        } catch (ConveneException e) {
            title = getTranslation("statement.review.page.not-found");
            var box = new Div(new H2(title), new Paragraph(getTranslation("statement.review.page.not-found-text")));
            box.setId("statement-review-not-found");
            add(box);
            return;
        }
        title = statement.title();
        var status = ReviewUi.badge(getTranslation("statement.signoff.status." + statement.status().name()), "contrast");
        var context = new Span(String.join(" · ", java.util.stream.Stream.of(statement.groupName(), statement.seminarTitle())
                .filter(x -> x != null && !x.isBlank()).toList()));
        context.addClassName("meta");
        var head = new HorizontalLayout(new H2(statement.title()), status);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);
        body.setId("statement-review-body");
        body.addClassName("statement-review-body");
        panels.setId("statement-review-panels");
        panels.addClassName("statement-review-panels");
        var layout = new Div(body, panels);
        layout.addClassName("statement-review-layout");
        add(head, context);
        if (access.rights(statement.id()).edit()) {
            var editor = new RouterLink(getTranslation("statement.review.page.open-editor"), StatementEditorView.class,
                    new RouteParameters(StatementEditorView.PUBLIC_ID, statement.publicId()));
            editor.setId("statement-review-editor-link");
            add(editor);
        }
        add(layout);
        showBody();
        showPanels();
        LiveUpdates.follow(body, live, statement.id(), change -> {
            if (change.paragraphId() == null || "PARAGRAPH_SAVED".equals(change.kind()) || "STRUCTURE".equals(change.kind())
                    || "STATUS".equals(change.kind())) {
                try {
                    statement = statements.summary(statement.id());
                } catch (ConveneException e) {
                    return;
                }
                showBody();
            }
        });
    }

    void showBody() {
        body.removeAll();
        var actions = actionBeans.orderedStream().sorted(Comparator.comparingInt(ParagraphAction::order)).toList();
        for (var section : paragraphs.body(statement.id()).sections()) {
            if (!section.title().isBlank()) {
                body.add(new H3(section.title()));
            }
            for (var p : section.paragraphs()) {
                var box = new Div();
                box.addClassName("statement-review-paragraph");
                box.setId("statement-review-paragraph-" + p.id());
                box.add(ReviewUi.markdown(p.text()));
                var bar = new HorizontalLayout();
                bar.addClassName("statement-review-paragraph-actions");
                bar.setSpacing(false);
                actions.forEach(a -> a.create(statement, p).ifPresent(bar::add));
                box.add(bar);
                body.add(box);
            }
        }
    }

    private void showPanels() {
        var tabs = panelBeans.orderedStream().sorted(Comparator.comparingInt(StatementPanel::order)).toList();
        for (var panel : tabs) {
            List<Component> made = panel.create(statement).stream().toList();
            made.forEach(c -> {
                panels.add(getTranslation(panel.titleKey()), c).setId(panel.id());
                ComponentUtil.addListener(c, TextChanged.class, changed -> showBody());
            });
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
