package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.statement.StatementLive;
import org.convene.statement.TranslationService;
import org.convene.statement.TranslationView;

/**
 * A translation beside its source: every paragraph with its state; those whose source paragraph changed
 * since they were translated are marked out of date, with the source's word differences (then → now),
 * and the translator marks them up to date once the translation follows.
 */
@Route(TranslationPage.ROUTE + "/:id")
@PermitAll
public class TranslationPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "statements/translation";
    static final String ID = "id";

    /** A link to the translation with this id. */
    static RouterLink link(String text, long translationId) {
        return new RouterLink(text, TranslationPage.class, new RouteParameters(ID, String.valueOf(translationId)));
    }

    final Span summary = new Span();
    final Div rows = new Div();
    private final transient TranslationService translations;
    private final transient StatementLive live;
    private long translationId;
    private String title = "";

    TranslationPage(TranslationService translations, StatementLive live) {
        this.translations = translations;
        this.live = live;
        setId("statement-translation-page");
        addClassName("statement-translation-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        translationId = event.getRouteParameters().getLong(ID).orElse(-1L);
        TranslationView view;
        try {
            view = translations.view(translationId);
        } catch (ConveneException e) {
            title = getTranslation("statement.review.page.not-found");
            var heading = new H2(title);
            heading.setId("statement-translation-not-found");
            add(heading, new Paragraph(getTranslation("statement.review.page.not-found-text")));
            return;
        }
        title = getTranslation("statement.translation.page-title", language(view.language()), view.sourceTitle());
        summary.setId("translation-summary");
        summary.addClassName("statement-review-count");
        rows.addClassName("statement-translation-rows");
        add(new H2(title), StatementReviewView.link(getTranslation("statement.translation.source-link", view.sourceTitle()),
                view.sourceId()), StatementReviewView.link(getTranslation("statement.translation.review-link"), translationId),
                summary, rows);
        show(view);
        LiveUpdates.follow(rows, live, translationId, change -> refresh());
        LiveUpdates.follow(summary, live, view.sourceId(), change -> refresh());
    }

    void refresh() {
        Notifications.attemptGet(this, () -> translations.view(translationId)).ifPresent(this::show);
    }

    private void show(TranslationView view) {
        rows.removeAll();
        summary.setText(getTranslation("statement.translation.out-of-date-count", view.outOfDateCount(), view.rows().size()));
        int n = 0;
        for (var r : view.rows()) {
            n++;
            var box = new Div();
            box.setId("translation-row-" + r.paragraphId());
            box.addClassName("statement-translation-row");
            var state = r.sourceParagraphId() == null ? ReviewUi.badge(getTranslation("statement.translation.unlinked"), "contrast")
                    : r.outOfDate() ? ReviewUi.badge(getTranslation("statement.translation.out-of-date"), "warning")
                    : ReviewUi.badge(getTranslation("statement.translation.up-to-date"), "success");
            state.setId("translation-state-" + r.paragraphId());
            box.add(new Span("¶" + n + " "), state, ReviewUi.markdown(r.text()));
            if (r.outOfDate()) {
                box.addClassName("out-of-date");
                var label = new Paragraph(r.sourceDeleted() ? getTranslation("statement.translation.source-deleted")
                        : getTranslation("statement.translation.source-changed", r.sourceVersion(), r.sourceCurrentVersion()));
                label.addClassName("meta");
                box.add(label, ReviewUi.diff(r.sourceThen(), r.sourceNow()));
                if (view.canEdit() && !r.sourceDeleted()) {
                    var done = new Button(getTranslation("statement.translation.mark-up-to-date"), e -> {
                        if (Notifications.attempt(this, () -> translations.markUpToDate(translationId, r.paragraphId()))) {
                            refresh();
                        }
                    });
                    done.setId("translation-done-" + r.paragraphId());
                    done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    box.add(done);
                }
            }
            rows.add(box);
        }
    }

    private String language(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
