package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import org.convene.registration.RegistrationStatistics;
import org.convene.registration.RegistrationStatistics.Report;
import org.convene.registration.RegistrationStatistics.Row;
import org.convene.registration.StatisticsRangeService;
import org.convene.seminar.SeminarService;

/**
 * Participation statistics for organisers, for one seminar or for the seminars of a period, by
 * status, gender, country and sector. Groups of 1 to 4 people read "&lt;5".
 */
@Route("organiser/statistics/:seminarId?")
@Menu(order = 60, icon = "vaadin:chart", title = "menu.statistics")
@RolesAllowed(Roles.ORGANISER)
public class StatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the seminar whose statistics are shown (none: all seminars of a period). */
    static final String SEMINAR_ID = "seminarId";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Div result = new Div();
    private final FormErrors errors = new FormErrors(this);
    /** As the service's {@code RegistrationStatistics.MAX_DAYS} (about ten years). */
    static final int MAX_DAYS = 3660;
    private Binder<LocalDate[]> binder;
    private final transient RegistrationStatistics statistics;
    private final transient SeminarService seminars;
    private final transient StatisticsRangeService ranges;

    StatisticsView(RegistrationStatistics statistics, SeminarService seminars, StatisticsRangeService ranges) {
        this.statistics = statistics;
        this.seminars = seminars;
        this.ranges = ranges;
        result.setId("statistics-result");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        result.removeAll();
        var seminarId = event.getRouteParameters().getLong(SEMINAR_ID);
        if (seminarId.isPresent()) {
            var seminar = seminars.findVisible(seminarId.get()).orElse(null);
            if (seminar == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            add(new H2(getTranslation("statistics.title-seminar", seminar.title())), result);
            render(statistics.forSeminar(seminar.id()), "/api/seminars/" + seminar.id() + "/statistics.csv");
            return;
        }
        var range = ranges.initial();
        from.setId("statistics-from");
        from.setLabel(getTranslation("statistics.from"));

        to.setId("statistics-to");
        to.setLabel(getTranslation("statistics.to"));

        show.setId("statistics-show");
        show.setText(getTranslation("statistics.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(e -> showPeriod());
        errors.field("from", from).field("to", to);
        binder = new Binder<>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(from).withValidator(Rules.chosen(this)).bind(d -> d[0], (d, v) -> d[0] = v);
        binder.forField(to).withValidator(Rules.chosen(this))
                .withValidator(Rules.rule(this, t -> from.getValue() == null || !t.isBefore(from.getValue()),
                        "statistics.period.reversed"))
                .withValidator(Rules.rule(this, t -> from.getValue() == null || !from.getValue().plusDays(MAX_DAYS).isBefore(t),
                        "statistics.period.too-long"))
                .bind(d -> d[1], (d, v) -> d[1] = v);
        binder.readBean(new LocalDate[] {range.from(), range.to()});
        var bar = new HorizontalLayout(from, to, show);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("statistics.title")), bar, result);
        showPeriod();
    }

    void showPeriod() {
        errors.clear();
        // Both dates checked at once, on their fields; the service checks again.
        var period = new LocalDate[2];
        if (!binder.writeBeanIfValid(period)) {
            binder.validate();
            return;
        }
        result.removeAll();
        try {
            render(ranges.showAndRemember(period[0], period[1]),
                    "/api/statistics.csv?from=" + period[0] + "&to=" + period[1]);
        } catch (ConveneException e) {
            errors.show(e);
        }
    }

    private void render(Report report, String csvHref) {
        var totals = new Paragraph(getTranslation("statistics.totals", report.seminarCount(),
                RegistrationStatistics.cell(report.registrations()), RegistrationStatistics.cell(report.confirmed()),
                RegistrationStatistics.cell(report.attended()), report.attendanceRate()));
        totals.setId("statistics-totals");
        var note = new Paragraph(getTranslation("statistics.suppression-note", RegistrationStatistics.THRESHOLD));
        note.addClassName("convene-note");
        var csv = new Anchor(csvHref, getTranslation("statistics.export"));
        csv.setId("statistics-export");
        csv.setRouterIgnore(true);
        csv.getElement().setAttribute("download", true);
        result.add(totals, note, csv,
                table("status", "statistics.by-status", report.byStatus(), false),
                table("gender", "statistics.by-gender", report.byGender(), true),
                table("country", "statistics.by-country", report.byCountry(), true),
                table("sector", "statistics.by-sector", report.bySector(), true));
    }

    private Div table(String section, String titleKey, List<Row> rows, boolean withAttended) {
        var grid = new Grid<Row>();
        grid.setId("statistics-" + section);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> statistics.label(section, r.code(), getLocale())).setHeader(getTranslation("statistics.group"))
                .setKey("group").setFlexGrow(2);
        grid.addColumn(r -> RegistrationStatistics.cell(r.count()))
                .setHeader(getTranslation(withAttended ? "statistics.confirmed" : "statistics.count")).setKey("count");
        if (withAttended) {
            grid.addColumn(r -> RegistrationStatistics.cell(r.attended())).setHeader(getTranslation("statistics.attended"))
                    .setKey("attended");
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("statistics.empty"));
        var box = new Div(new H3(getTranslation(titleKey)), grid);
        box.addClassName("statistics-table");
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " | " + getTranslation("app.name");
    }
}
