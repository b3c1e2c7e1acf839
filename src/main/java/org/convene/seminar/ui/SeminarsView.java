package org.convene.seminar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Grids;
import org.convene.base.ui.Limits;
import org.convene.base.ui.MoreFilters;
import org.convene.base.ui.Notifications;
import org.convene.base.ui.Rules;
import org.convene.base.ui.SelectionActions;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarRow;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Theme;

/**
 * Organisers find, create, publish, duplicate and cancel seminars. On a phone the filters besides the
 * search fold into a panel and the actions on the selected seminar into one "Actions" menu, so that
 * the list starts on the first screen.
 */
@Route("organiser/seminars")
@Menu(order = 20, icon = "vaadin:calendar-briefcase", title = "menu.seminars-admin")
@RolesAllowed(Roles.ORGANISER)
public class SeminarsView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<SeminarStatus> status = new Select<>();
    final Select<Theme> theme = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<SeminarRow> grid = new Grid<>(SeminarRow.class, false);
    final Button create = new Button();
    final Button edit = new Button();
    final Button publish = new Button();
    final Button duplicate = new Button();
    final Button cancel = new Button();
    final Button open = new Button();
    private final java.util.List<Button> linkButtons = new java.util.ArrayList<>();
    /** Every filter but the search: open on a desk, closed on a phone, where it would fill the first screen. */
    final MoreFilters moreFilters;
    /** On a phone, the actions on the selected seminar, instead of a row of buttons wrapping over several lines. */
    final SelectionActions actionsMenu = new SelectionActions("seminars-actions");
    private final transient SeminarService seminars;
    private final transient java.util.List<SeminarOrganiserLink> links;

    SeminarsView(SeminarService seminars, java.util.List<SeminarOrganiserLink> links) {
        this.seminars = seminars;
        this.links = links;
        setSizeFull();
        addClassName("seminars-view");

        FilterFields.search(text, "seminars-filter-text", this);
        FilterFields.anyOf(status, "seminars-filter-status", "seminar.field.status", "seminar.filter.any-status",
                SeminarStatus.values(), st -> SeminarLabels.status(this, st), this);
        FilterFields.anyOf(theme, "seminars-filter-theme", "seminar.field.theme", "seminar.filter.any-theme",
                Theme.values(), t -> SeminarLabels.theme(this, t), this);
        FilterFields.date(from, "seminars-filter-from", "seminar.filter.from", this);
        FilterFields.date(to, "seminars-filter-to", "seminar.filter.to", this);
        text.addValueChangeListener(e -> refresh());
        for (var field : java.util.List.<com.vaadin.flow.component.HasValue<?, ?>>of(status, theme, from, to)) {
            field.addValueChangeListener(e -> refresh());
        }

        grid.setId("seminars-grid");
        grid.addColumn(SeminarRow::title).setHeader(getTranslation("seminar.field.title")).setKey("title")
                .setSortable(true).setTooltipGenerator(SeminarRow::title);
        var start = grid.addColumn(s -> SeminarLabels.at(s.startsAt(), s.timeZone(), getLocale()))
                .setHeader(getTranslation("seminar.field.starts-at")).setKey("startsUtc").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> SeminarLabels.status(this, s.status())).setHeader(getTranslation("seminar.field.status"))
                .setKey("status").setSortable(true);
        grid.addColumn(s -> s.format().hasVenue() ? s.venueCity() : getTranslation("seminar.place.online"))
                .setHeader(getTranslation("seminar.field.venue-city")).setKey("venueCity").setSortable(true);
        grid.addColumn(s -> SeminarLabels.format(this, s.format())).setHeader(getTranslation("seminar.field.format"))
                .setKey("format");
        grid.addColumn(s -> SeminarLabels.visibility(this, s.visibility()))
                .setHeader(getTranslation("seminar.field.visibility")).setKey("visibility");
        Grids.fit(grid, "title", "status", "venueCity", "format", "visibility");
        grid.setItems(q -> seminars.rows(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.sort(GridSortOrder.asc(start).build());
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons(e.getValue()));
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();

        button(create, "seminars-new", "seminar.action.new", VaadinIcon.PLUS);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SeminarEditorView.class)));
        action(edit, "seminars-edit", "action.edit", VaadinIcon.EDIT, this::edit);
        action(publish, "seminars-publish", "seminar.action.publish", VaadinIcon.GLOBE, this::publish);
        action(duplicate, "seminars-duplicate", "seminar.action.duplicate", VaadinIcon.COPY, this::duplicate);
        action(cancel, "seminars-cancel", "seminar.action.cancel", VaadinIcon.BAN, this::openCancelDialog);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        action(open, "seminars-open", "seminar.action.open-page", VaadinIcon.EXTERNAL_LINK,
                s -> getUI().ifPresent(ui -> ui.navigate(SeminarPageView.class,
                        new RouteParameters(SeminarPageView.PUBLIC_ID, s.publicId()))));

        moreFilters = new MoreFilters("seminars-more-filters", status, theme, from, to);
        var actions = new HorizontalLayout(create, edit, publish, duplicate, cancel, open);
        links.stream().sorted(java.util.Comparator.comparingInt(SeminarOrganiserLink::order)).forEach(link -> {
            var b = new Button();
            action(b, link.id(), link.labelKey(), null,
                    s -> getUI().ifPresent(ui -> ui.navigate(link.route(), link.parameters(s.id()))));
            b.setIcon(new com.vaadin.flow.component.icon.Icon("vaadin", link.icon()));
            linkButtons.add(b);
            actions.add(b);
        });
        actions.add(actionsMenu);
        updateButtons(null);
        actions.setWrap(true);
        // The menu bar's button is not as tall as a button's box: centred, "Actions" lines up with "New seminar".
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("seminar.list.title")), text, moreFilters, actions, grid);
    }

    private void button(Button button, String id, String key, VaadinIcon icon) {
        button.setId(id);
        button.setText(getTranslation(key));
        if (icon != null) {
            button.setIcon(icon.create());
        }
    }

    /** An action on the selected seminar: a button on a desk, the same action in the menu on a phone. */
    private void action(Button button, String id, String key, VaadinIcon icon, java.util.function.Consumer<SeminarRow> run) {
        button(button, id, key, icon);
        button.addClickListener(e -> selected().ifPresent(run));
        actionsMenu.addActions(button);
    }

    SeminarFilter filter() {
        return new SeminarFilter(text.getValue(), status.getValue(), theme.getValue(), null, null, null,
                from.getValue(), to.getValue(), true);
    }

    private java.util.Optional<SeminarRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void updateButtons(SeminarRow s) {
        var any = s != null;
        var live = any && s.status() != SeminarStatus.CANCELLED;
        enable(edit, live);
        enable(publish, any && s.status() == SeminarStatus.DRAFT);
        enable(duplicate, any);
        enable(cancel, live);
        enable(open, any);
        linkButtons.forEach(b -> enable(b, any));
    }

    private void enable(Button button, boolean enabled) {
        actionsMenu.enable(button, enabled);
    }

    private void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    /** After an action on a seminar: the list shows its new state and keeps it selected (and its actions). */
    private void refreshKeeping(SeminarRow s) {
        grid.getDataProvider().refreshAll();
        var updated = seminars.row(s.id());
        grid.asSingleSelect().clear();
        grid.select(updated);
        updateButtons(updated);
    }

    private void edit(SeminarRow s) {
        getUI().ifPresent(ui -> ui.navigate(SeminarEditorView.class, SeminarEditorView.editParameters(s.id())));
    }

    private void publish(SeminarRow s) {
        if (!Notifications.attempt(this, () -> seminars.publish(s.id()))) {
            return;
        }
        Notifications.success(getTranslation("seminar.published", s.title()));
        refreshKeeping(s);
    }

    private void duplicate(SeminarRow s) {
        var copy = Notifications.attemptGet(this, () -> seminars.duplicate(s.id()));
        if (copy.isEmpty()) {
            return;
        }
        Notifications.success(getTranslation("seminar.duplicated"));
        getUI().ifPresent(ui -> ui.navigate(SeminarEditorView.class, SeminarEditorView.editParameters(copy.get())));
    }

    void openCancelDialog(SeminarRow s) {
        var dialog = new Dialog();
        dialog.setId("seminar-cancel-dialog");
        dialog.setHeaderTitle(getTranslation("seminar.cancel.title"));
        var reason = new TextArea(getTranslation("seminar.cancel.reason"));
        reason.setId("seminar-cancel-reason");
        Limits.limit(reason, SeminarForm.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        var errors = new FormErrors(this).field("reason", reason);
        var rule = Rules.one(reason, Rules.line(this, SeminarForm.REASON_MAX, true));
        var confirm = new Button(getTranslation("seminar.cancel.confirm"), e -> {
            errors.clear();
            if (!rule.validate().isOk()) {
                return;
            }
            try {
                seminars.cancel(s.id(), reason.getValue());
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            Notifications.success(getTranslation("seminar.cancelled", s.title()));
            refreshKeeping(s);
        });
        confirm.setId("seminar-cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        var keep = new Button(getTranslation("seminar.cancel.keep"), e -> dialog.close());
        keep.setId("seminar-cancel-keep");
        dialog.add(new Paragraph(getTranslation("seminar.cancel.explain", s.title())), reason);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seminar.list.title") + " | " + getTranslation("app.name");
    }
}
