package org.convene.seminar.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.convene.base.ui.MoreFilters;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarService;
import org.convene.seminar.Theme;

/** The public catalogue: published, listed seminars, upcoming first, for everybody. */
@Route("seminars")
@Menu(order = 10, icon = "vaadin:calendar", title = "menu.catalogue")
@AnonymousAllowed
public class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    static final String ENTRY = "seminar";

    final TextField text = new TextField();
    final Select<Theme> theme = new Select<>();
    final Select<SeminarFormat> format = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox includePast = new Checkbox();
    final Grid<SeminarCards.Entry> grid = new Grid<>(SeminarCards.Entry.class, false);
    /** Every filter but the search: open on a desk, closed on a phone, where it would fill the first screen. */
    final MoreFilters moreFilters;

    CatalogueView(SeminarService seminars, SeminarCards cards) {
        setSizeFull();
        addClassName("catalogue-view");

        FilterFields.search(text, "catalogue-text", this);
        FilterFields.anyOf(theme, "catalogue-theme", "seminar.field.theme", "seminar.filter.any-theme",
                Theme.values(), t -> SeminarLabels.theme(this, t), this);
        FilterFields.anyOf(format, "catalogue-format", "seminar.field.format", "seminar.filter.any-format",
                SeminarFormat.values(), f -> SeminarLabels.format(this, f), this);
        country.setId("catalogue-country");
        country.setLabel(getTranslation("seminar.field.venue-country"));
        country.setItems(SeminarLabels.countryCodes(getLocale()));
        country.setItemLabelGenerator(code -> SeminarLabels.country(code, getLocale()));
        country.setClearButtonVisible(true);
        country.setPlaceholder(getTranslation("seminar.filter.any-country"));
        language.setId("catalogue-language");
        language.setLabel(getTranslation("seminar.field.language"));
        language.setItems(SeminarLabels.languageCodes(getLocale()));
        language.setItemLabelGenerator(code -> SeminarLabels.language(code, getLocale()));
        language.setClearButtonVisible(true);
        language.setPlaceholder(getTranslation("seminar.filter.any-language"));
        FilterFields.date(from, "catalogue-from", "seminar.filter.from", this);
        FilterFields.date(to, "catalogue-to", "seminar.filter.to", this);
        includePast.setId("catalogue-include-past");
        includePast.setLabel(getTranslation("seminar.filter.include-past"));
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(text, theme, format, country,
                language, from, to, includePast)) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }

        grid.setId("catalogue-grid");
        grid.addColumn(SeminarCards.renderer()).setKey(ENTRY).setHeader(getTranslation("seminar.catalogue.upcoming"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        // A card is about 100 px high, so a screen shows fewer than ten: pages of 20 rather than Vaadin's 50 keep
        // an idle tab from holding a hundred rows it never showed (heap per idle catalogue session 271 KB with
        // a full first page in the benchmarks' table).
        grid.setPageSize(20);
        grid.setItems(q -> cards.entries(this,
                seminars.cards(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).getContent()).stream());
        grid.setEmptyStateText(getTranslation("seminar.catalogue.empty"));
        grid.setSizeFull();

        moreFilters = new MoreFilters("catalogue-more-filters", theme, format, country, language, from, to, includePast);
        add(new H2(getTranslation("seminar.catalogue.title")), new Paragraph(getTranslation("seminar.catalogue.intro")),
                text, moreFilters, grid);
    }

    SeminarFilter filter() {
        return new SeminarFilter(text.getValue(), null, theme.getValue(), format.getValue(), country.getValue(),
                language.getValue(), from.getValue(), to.getValue(), includePast.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.catalogue.title") + " | " + getTranslation("app.name");
    }
}
