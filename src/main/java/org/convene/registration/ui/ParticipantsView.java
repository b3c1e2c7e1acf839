package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.MoreFilters;
import org.convene.base.ui.Rules;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Grids;
import org.convene.base.ui.Viewer;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;
import org.convene.registration.ParticipantFilter;
import org.convene.registration.QuestionKind;
import org.convene.registration.QuestionService;
import org.convene.registration.Registration;
import org.convene.registration.OrganiserRegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarService;

/**
 * An organiser's view of one seminar's registrations: filter, sort, approve (one or many), decline
 * with a reason, cancel, give a free seat to someone on the waiting list, export, check in.
 */
@Route("organiser/seminars/:id/participants")
@RolesAllowed(Roles.ORGANISER)
public class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<RegistrationStatus> status = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final Select<Sector> sector = new Select<>();
    /** Status, country and sector: open on a desk, closed on a phone, where they pushed the list below the first screen. */
    MoreFilters moreFilters;
    final TextField text = new TextField();
    final Grid<Registration> grid = new Grid<>();
    final Button approveSelected = new Button();
    final Paragraph summary = new Paragraph();

    private final transient OrganiserRegistrationService registrations;
    private final transient QuestionService questions;
    private final transient SeminarService seminars;
    private final transient SeminarAvailability availability;
    private SeminarDetails seminar;

    ParticipantsView(OrganiserRegistrationService registrations, QuestionService questions, SeminarService seminars,
                     SeminarAvailability availability) {
        this.registrations = registrations;
        this.questions = questions;
        this.seminars = seminars;
        this.availability = availability;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminar = SeminarRoute.seminar(event, seminars).orElse(null);
        if (seminar == null) {
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        var title = new H2(getTranslation("participants.title", seminar.title()));
        summary.setId("participants-summary");
        refreshSummary();

        status.setId("participants-status");
        status.setLabel(getTranslation("participants.status"));
        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("participants.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("participants.any") : getTranslation("registration.status." + s.name()));
        country.setId("participants-country");
        country.setLabel(getTranslation("participants.country"));
        country.setItems(Countries.countries(getLocale()));
        country.setItemLabelGenerator(c -> Countries.country(c, getLocale()));
        country.setClearButtonVisible(true);
        sector.setId("participants-sector");
        sector.setLabel(getTranslation("participants.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("participants.any"));
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("participants.any") : getTranslation("sector." + s.name()));
        text.setId("participants-text");
        text.setLabel(getTranslation("participants.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        Limits.search(text, 100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        moreFilters = new MoreFilters("participants-more-filters", status, country, sector);

        approveSelected.setId("participants-approve-selected");
        approveSelected.setText(getTranslation("participants.approve-selected"));
        approveSelected.addClickListener(e -> approveSelected());
        var export = new Anchor("/api/seminars/" + seminar.id() + "/participants.csv", getTranslation("participants.export"));
        export.setId("participants-export");
        export.setRouterIgnore(true);
        export.getElement().setAttribute("download", true);
        var id = new RouteParameters("id", String.valueOf(seminar.id()));
        var checkIn = new RouterLink(getTranslation("participants.check-in"), CheckInView.class, id);
        checkIn.setId("participants-check-in");
        var statistics = new RouterLink(getTranslation("participants.statistics"), StatisticsView.class,
                new RouteParameters(StatisticsView.SEMINAR_ID, String.valueOf(seminar.id())));
        statistics.setId("participants-statistics");
        var questionsLink = new RouterLink(getTranslation("registration.link.questions"), QuestionsView.class, id);
        questionsLink.setId("participants-questions");
        var invitationsLink = new RouterLink(getTranslation("registration.link.invitations"), InvitationsView.class, id);
        invitationsLink.setId("participants-invitations");
        var toolbar = new HorizontalLayout(approveSelected, export, checkIn, statistics, questionsLink, invitationsLink);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);

        grid.setId("participants-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("participants.name")).setKey("fullName")
                .setSortable(true).setSortProperty("fullName").setTooltipGenerator(Registration::getFullName);
        grid.addColumn(Registration::getEmail).setHeader(getTranslation("participants.email")).setKey("email").setSortable(true);
        grid.addColumn(Registration::getOrganisation).setHeader(getTranslation("participants.organisation"))
                .setKey("organisation").setSortable(true).setTooltipGenerator(Registration::getOrganisation);
        grid.addColumn(r -> Countries.country(r.getCountry(), getLocale())).setHeader(getTranslation("participants.country"))
                .setKey("country").setSortable(true);
        grid.addColumn(r -> getTranslation("sector." + r.getSector().name())).setHeader(getTranslation("participants.sector"))
                .setKey("sector").setSortable(true);
        grid.addColumn(r -> StatusLabels.status(this, r)).setHeader(getTranslation("participants.status"))
                .setKey("status").setSortable(true).setSortProperty("status", "waitlistPosition");
        grid.addColumn(r -> needs(r)).setHeader(getTranslation("participants.needs")).setKey("needs");
        grid.addColumn(r -> Viewer.instant(r.getCreatedAt()))
                .setHeader(getTranslation("participants.registered")).setKey("createdAt").setSortable(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("participants.actions")).setKey("actions");
        Grids.fit(grid, "fullName", "email", "organisation", "country", "sector", "status", "needs", "createdAt");
        // At 1280 px (beside the menu) name, address, status and the actions fit; on a phone the name (with
        // the status under it) and the actions, which wrap.
        Grids.hideBelow(grid, 1440, "organisation", "country", "sector", "needs", "createdAt");
        Grids.narrowWidth(grid, "actions", "7.5rem");
        // The answers to the seminar's additional questions open under a row when it is clicked.
        if (!questions.questions(seminar.id()).isEmpty()) {
            grid.setItemDetailsRenderer(new ComponentRenderer<>(this::answers));
        }
        grid.setItems(q -> registrations.rows(seminar.id(), filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setSizeFull();

        add(title, summary, text, moreFilters, toolbar, grid);
    }

    ParticipantFilter filter() {
        return new ParticipantFilter(status.getValue(), country.getValue(), sector.getValue(), text.getValue());
    }

    private String needs(Registration r) {
        return java.util.stream.Stream.of(r.getAccessibilityNeeds(), r.getDietaryNeeds(),
                        r.getInterpretationLanguage().isEmpty() ? "" : getTranslation("participants.interpretation",
                                Countries.language(r.getInterpretationLanguage(), getLocale())))
                .filter(s -> !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private Div answers(Registration r) {
        var box = new Div();
        box.setId("participant-answers-" + r.getId());
        for (var a : registrations.answers(r.getId())) {
            var label = new Span(Formats.label(a.label(), getLocale()));
            label.addClassName("convene-strong");
            var text = a.kind() == QuestionKind.YES_NO && !a.answer().isEmpty()
                    ? getTranslation("question.answer." + a.answer())
                    : a.answer().isEmpty() ? getTranslation("participants.no-answer") : String.join(" · ", a.values());
            var line = new Div(label, new Span(text));
            line.addClassName("convene-preline");
            box.add(line);
        }
        return box;
    }

    /** The name, and on a phone (where the status column is hidden) the status under it. */
    private com.vaadin.flow.component.Component nameCell(Registration r) {
        var status = new com.vaadin.flow.component.html.Div(StatusLabels.status(this, r));
        status.addClassName("convene-phone-only");
        return new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(r.getFullName()), status);
    }

    private HorizontalLayout actions(Registration r) {
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setWrap(true);
        switch (r.getStatus()) {
            case PENDING -> {
                actions.add(action("approve", r, "participants.approve", () -> run(() -> registrations.approve(r.getId()),
                        "participants.approved")));
                actions.add(action("reject", r, "participants.reject", () -> openReject(r)));
            }
            case WAITLISTED -> {
                actions.add(action("promote", r, "participants.promote", () -> run(() -> registrations.promote(r.getId()),
                        "participants.promoted")));
                actions.add(action("reject", r, "participants.reject", () -> openReject(r)));
            }
            default -> {
            }
        }
        if (r.getStatus().isActive()) {
            actions.add(action("cancel", r, "participants.cancel", () -> run(() -> registrations.cancel(r.getId()),
                    "participants.cancelled")));
        }
        return actions;
    }

    private Button action(String name, Registration r, String label, Runnable onClick) {
        var b = new Button(getTranslation(label), e -> onClick.run());
        b.setId("participant-" + name + "-" + r.getId());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if ("cancel".equals(name) || "reject".equals(name)) {
            b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return b;
    }

    void run(Runnable action, String doneKey) {
        if (!Notifications.attempt(this, action)) {
            return;
        }
        refresh();
        Notifications.success(getTranslation(doneKey));
    }

    void approveSelected() {
        var ids = grid.getSelectedItems().stream().sorted(Comparator.comparing(Registration::getCreatedAt)
                .thenComparing(Registration::getId)).map(Registration::getId).toList();
        if (ids.isEmpty()) {
            Notifications.warning(getTranslation("participants.select-first"));
            return;
        }
        run(() -> registrations.approveAll(ids), "participants.approved");
    }

    void openReject(Registration r) {
        var dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle(getTranslation("participants.reject.title", r.getFullName()));
        var reason = new TextField(getTranslation("participants.reject.reason"));
        reason.setId("reject-reason");
        Limits.limit(reason, Registration.REASON_MAX);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        var rule = Rules.one(reason, Rules.line(this, Registration.REASON_MAX, true));
        var confirm = new Button(getTranslation("participants.reject.confirm"), e -> {
            if (!rule.validate().isOk()) {
                return;
            }
            try {
                registrations.reject(r.getId(), reason.getValue());
            } catch (ConveneException ex) {
                reason.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArgs()));
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            refresh();
            Notifications.success(getTranslation("participants.rejected"));
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        refreshSummary();
    }

    private void refreshSummary() {
        var a = availability.availability(seminar);
        summary.setText(getTranslation("participants.summary", seminar.capacity() - a.seatsLeft(),
                seminar.capacity(), a.waitingListSize(), registrations.count(seminar.id(), RegistrationStatus.PENDING)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participants.page-title") + " | " + getTranslation("app.name");
    }
}
