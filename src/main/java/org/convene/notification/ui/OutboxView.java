package org.convene.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Grids;
import org.convene.base.ui.Viewer;
import org.convene.account.Roles;
import org.convene.base.ui.Notifications;
import org.convene.notification.OutboxMessage;
import org.convene.notification.OutboxService;
import org.convene.notification.OutboxStatus;

/** Organisers see every e-mail: pending, sent, failed with the error, and send any of them again. */
@Route("admin/outbox")
@Menu(order = 95, icon = "vaadin:envelopes", title = "menu.outbox")
@RolesAllowed(Roles.ORGANISER)
public class OutboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField filter = new TextField();
    final Select<OutboxStatus> statusFilter = new Select<>();
    final Span counts = new Span();
    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
    private final transient OutboxService outbox;

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        setSizeFull();
        filter.setId("outbox-filter");
        filter.setPlaceholder(getTranslation("outbox.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        Limits.search(filter, 100);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        statusFilter.setId("outbox-status-filter");
        statusFilter.setItems(OutboxStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("outbox.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("outbox.all") : getTranslation("outbox.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());
        counts.setId("outbox-counts");

        grid.setId("outbox-grid");
        grid.addColumn(m -> Viewer.instant(m.getCreatedAt())).setHeader(getTranslation("outbox.created"))
                .setKey("createdAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipientEmail).setHeader(getTranslation("outbox.recipient"))
                .setKey("recipientEmail").setSortable(true).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("outbox.subject")).setKey("subject")
                .setTooltipGenerator(OutboxMessage::getSubject);
        grid.addColumn(m -> getTranslation("outbox.status." + m.getStatus().name())).setHeader(getTranslation("outbox.status"))
                .setKey("status").setSortable(true).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getAttempts).setHeader(getTranslation("outbox.attempts")).setKey("attempts")
                .setAutoWidth(true);
        grid.addColumn(m -> m.getStatus() == OutboxStatus.SENT ? Viewer.instant(m.getSentAt())
                : Viewer.instant(m.getNextAttemptAt()))
                .setHeader(getTranslation("outbox.sent") + " / " + getTranslation("outbox.next-attempt")).setKey("when");
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("outbox.error"))
                .setKey("lastError").setTooltipGenerator(m -> m.getLastError() == null ? "" : m.getLastError());
        grid.addComponentColumn(m -> {
            var resend = new Button(getTranslation("outbox.resend"), e -> resend(m));
            resend.setId("outbox-resend-" + m.getId());
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            resend.setEnabled(m.getStatus() != OutboxStatus.SENDING);
            return resend;
        }).setHeader("").setKey("resend");
        Grids.fit(grid, "subject", "createdAt", "recipientEmail", "attempts", "when", "lastError");
        // An error can be long: a fixed width, whole in its tooltip.
        grid.getColumnByKey("lastError").setAutoWidth(false);
        grid.getColumnByKey("lastError").setWidth("12rem");
        Grids.hideBelow(grid, 1440, "attempts", "when", "lastError");
        grid.setItems(q -> outbox.page(statusFilter.getValue(), filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setSizeFull();

        var bar = new HorizontalLayout(filter, statusFilter, counts);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")), bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showCounts();
    }

    private void resend(OutboxMessage message) {
        outbox.resend(message.getId());
        refresh();
        Notifications.success(getTranslation("outbox.resent"));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCounts();
    }

    private void showCounts() {
        counts.setText(getTranslation("outbox.counts", outbox.count(OutboxStatus.PENDING),
                outbox.count(OutboxStatus.FAILED), outbox.count(OutboxStatus.SENT)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " | " + getTranslation("app.name");
    }
}
