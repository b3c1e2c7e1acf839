package org.convene.statement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.convene.statement.PublicFilter;
import org.convene.statement.PublicationService;
import org.convene.statement.PublishedSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The public list of published statements (the latest version of each), newest first, filtered by
 * expert group, seminar, language and year; a lazy list that loads page by page.
 */
@Route("statements")
@Menu(order = 50, icon = "vaadin:file-text-o", title = "statement.publication.menu")
@AnonymousAllowed
public class PublicStatementsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Long> group = new Select<>();
    final Select<Long> seminar = new Select<>();
    final Select<String> language = new Select<>();
    final Select<Integer> year = new Select<>();
    final VirtualList<PublishedSummary> list = new VirtualList<>();
    final Paragraph empty = new Paragraph();
    private final transient PublicationService publications;

    PublicStatementsView(PublicationService publications) {
        this.publications = publications;
        setId("statements-public");
        addClassNames("statements-public", "convene-narrow");
        var choices = publications.choices();
        group.setId("statements-filter-group");
        group.setLabel(getTranslation("statement.publication.filter.group"));
        group.setItems(choices.groups().keySet());
        group.setItemLabelGenerator(id -> id == null ? getTranslation("statement.publication.filter.any") : choices.groups().get(id));
        seminar.setId("statements-filter-seminar");
        seminar.setLabel(getTranslation("statement.publication.filter.seminar"));
        seminar.setItems(choices.seminars().keySet());
        seminar.setItemLabelGenerator(id -> id == null ? getTranslation("statement.publication.filter.any") : choices.seminars().get(id));
        language.setId("statements-filter-language");
        language.setLabel(getTranslation("statement.publication.filter.language"));
        language.setItems(choices.languages());
        language.setItemLabelGenerator(l -> l == null ? getTranslation("statement.publication.filter.any")
                : Locale.forLanguageTag(l).getDisplayLanguage(getLocale()));
        year.setId("statements-filter-year");
        year.setLabel(getTranslation("statement.publication.filter.year"));
        year.setItems(choices.years());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("statement.publication.filter.any") : String.valueOf(y));
        for (var s : java.util.List.<Select<?>>of(group, seminar, language, year)) {
            s.setEmptySelectionAllowed(true);
            s.setEmptySelectionCaption(getTranslation("statement.publication.filter.any"));
            s.addValueChangeListener(e -> refresh());
        }
        var filters = new FlexLayout(group, seminar, language, year);
        filters.addClassName("statements-filters");
        list.setId("statements-list");
        list.addClassName("statements-list");
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::card));
        empty.setId("statements-empty");
        empty.setText(getTranslation("statement.publication.none"));
        var intro = new Paragraph(getTranslation("statement.publication.intro"));
        intro.addClassName("meta");
        add(new H2(getTranslation("statement.publication.heading")), intro, filters, empty, list);
        refresh();
    }

    void refresh() {
        var filter = new PublicFilter(group.getValue(), seminar.getValue(), language.getValue(), year.getValue());
        var total = publications.page(filter, PageRequest.of(0, 1)).getTotalElements();
        list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.fromCallbacks(
                q -> publications.page(filter, PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) publications.page(filter, PageRequest.of(0, 1)).getTotalElements()));
        var any = total > 0;
        empty.setVisible(!any);
        list.setVisible(any);
    }

    private Div card(PublishedSummary s) {
        var card = new Div();
        card.addClassName("statements-card");
        var link = new RouterLink(s.title(), PublishedStatementView.class,
                new RouteParameters(PublishedStatementView.PUBLIC_ID, s.publicId()));
        link.addClassName("statements-card-title");
        var meta = new Span(String.join(" · ", java.util.stream.Stream.of(s.context(),
                Locale.forLanguageTag(s.language()).getDisplayLanguage(getLocale()),
                org.convene.base.ui.Formats.longDate(s.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()),
                getTranslation("statement.publication.signer-count", s.signers()))
                .filter(x -> x != null && !x.isBlank()).toList()));
        meta.addClassName("meta");
        card.add(link, meta);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.publication.heading") + " | " + getTranslation("app.name");
    }
}
