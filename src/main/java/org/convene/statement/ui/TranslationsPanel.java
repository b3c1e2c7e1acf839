package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.Locale;
import java.util.Optional;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.statement.Statement;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.statement.StatementService;
import org.convene.statement.StatementSummary;
import org.convene.statement.TeamRole;
import org.convene.statement.TranslationService;

/** The translations tab: the statement's translations (with how many paragraphs are out of date) and a new one. */
@org.springframework.stereotype.Component
class TranslationsPanel implements StatementPanel {

    private final TranslationService translations;
    private final CurrentUser currentUser;

    TranslationsPanel(TranslationService translations, CurrentUser currentUser) {
        this.translations = translations;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String id() {
        return "review-translations-tab";
    }

    @Override
    public String titleKey() {
        return "statement.translation.tab";
    }

    @Override
    public Optional<Component> create(StatementSummary statement) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("review-translations");
        var source = translations.sourceOf(statement.id());
        if (source.isPresent()) {
            box.add(TranslationPage.link(box.getTranslation("statement.translation.open-page"), statement.id()));
            return Optional.of(box);
        }
        var list = translations.translationsOf(statement.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(box.getTranslation("statement.translation.none")));
        }
        for (var t : list) {
            var row = new Div(TranslationPage.link(
                    Locale.forLanguageTag(t.language()).getDisplayLanguage(box.getUI().map(ui -> ui.getLocale()).orElse(com.vaadin.flow.component.UI.getCurrent().getLocale())) + " — " + t.title(),
                    t.id()));
            row.addClassName("statement-review-translation");
            box.add(row);
        }
        var lead = currentUser.get().map(u -> currentUser.hasRole(Role.ORGANISER)
                || statement.roleOf(u.id()).filter(r -> r == TeamRole.LEAD).isPresent()).orElse(false);
        if (lead) {
            var language = new Select<String>();
            language.setId("review-translation-language");
            language.setLabel(box.getTranslation("statement.translation.language-field"));
            language.setItems(StatementService.LANGUAGES.stream().filter(l -> !l.equals(statement.language())).toList());
            language.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(box.getUI().map(ui -> ui.getLocale()).orElse(com.vaadin.flow.component.UI.getCurrent().getLocale())));
            var title = new TextField(box.getTranslation("statement.translation.title"));
            title.setId("review-translation-title");
            Limits.limit(title, Statement.TITLE_MAX);
            var errors = new FormErrors(box).field("language", language).field("title", title);
            // Both problems at once, on their fields; the service checks again (and knows the existing translations).
            var binder = new Binder<String[]>();
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(language).withValidator(Rules.rule(box, l -> l != null, "statement.translation.language"))
                    .bind(d -> d[0], (d, v) -> d[0] = v);
            binder.forField(title).withValidator(Rules.line(box, Statement.TITLE_MAX, true)).bind(d -> d[1], (d, v) -> d[1] = v);
            var create = new Button(box.getTranslation("statement.translation.create"), e -> {
                errors.clear();
                var typed = new String[2];
                if (!binder.writeBeanIfValid(typed)) {
                    binder.validate();
                    return;
                }
                long id;
                try {
                    id = translations.create(statement.id(), typed[0], typed[1]);
                } catch (ConveneException ex) {
                    errors.show(ex);
                    return;
                }
                Notifications.success(box.getTranslation("statement.translation.created"));
                box.getUI().ifPresent(ui -> ui.navigate(TranslationPage.class, new RouteParameters(TranslationPage.ID, String.valueOf(id))));
            });
            create.setId("review-translation-create");
            var row = new HorizontalLayout(language, title, create);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        return Optional.of(box);
    }
}
