package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.convene.base.ui.Limits;
import org.convene.account.Roles;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.registration.ParticipantFilter;
import org.convene.registration.Registration;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Check-in at the door, made for a phone: one search field, one big button per confirmed
 * participant that records the arrival time (or takes it back).
 */
@Route("organiser/seminars/:id/check-in")
@RolesAllowed(Roles.ORGANISER)
public class CheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<Registration> grid = new Grid<>();
    private final transient OrganiserRegistrationService registrations;
    private final transient SeminarService seminars;
    private SeminarDetails seminar;

    CheckInView(OrganiserRegistrationService registrations, SeminarService seminars) {
        this.registrations = registrations;
        this.seminars = seminars;
        setSizeFull();
        setPadding(false);
        addClassName("checkin-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminar = SeminarRoute.seminar(event, seminars).orElse(null);
        if (seminar == null) {
            return;
        }
        removeAll();
        search.setId("checkin-search");
        search.setPlaceholder(getTranslation("checkin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        Limits.search(search, 100);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addClassName("checkin-search");

        grid.setId("checkin-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::row).setKey("participant");
        grid.setItems(q -> registrations.rows(seminar.id(),
                new ParticipantFilter(RegistrationStatus.CONFIRMED, null, null, search.getValue()),
                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("fullName", "id"))).stream());
        grid.setSizeFull();
        var back = new RouterLink(getTranslation("checkin.back"), ParticipantsView.class,
                new RouteParameters("id", String.valueOf(seminar.id())));
        add(new H2(getTranslation("checkin.title", seminar.title())), back, search, grid);
    }

    private Div row(Registration r) {
        var name = new Span(r.getFullName());
        name.addClassName("checkin-name");
        var detail = new Span(r.getOrganisation() + (r.getOrganisation().isEmpty() ? "" : " · ")
                + Countries.country(r.getCountry(), getLocale()));
        detail.addClassName("convene-secondary");
        var text = new Div(name, new Div(detail));
        text.addClassName("checkin-text");
        var button = new Button();
        button.setId("checkin-" + r.getId());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.setMinWidth("9rem");
        button.setHeight("3.5rem");
        if (r.isAttended()) {
            button.setText(getTranslation("checkin.arrived", Formats.time(
                    r.getAttendedAt().atZone(seminar.timeZone()).toLocalDateTime(), getLocale())));
            button.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        } else {
            button.setText(getTranslation("checkin.check-in"));
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClickListener(e -> toggle(r));
        var line = new Div(text, button);
        line.addClassName("checkin-row");
        return line;
    }

    void toggle(Registration r) {
        var updated = registrations.setAttended(r.getId(), !r.isAttended());
        grid.getDataProvider().refreshItem(updated);
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation(updated.isAttended() ? "checkin.done" : "checkin.undone", updated.getFullName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.page-title") + " | " + getTranslation("app.name");
    }
}
