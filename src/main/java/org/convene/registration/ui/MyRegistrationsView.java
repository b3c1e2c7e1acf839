package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.convene.base.ui.Grids;
import java.util.Comparator;
import java.util.List;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.registration.MyRegistration;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.seminar.ui.MySeminarLinks;
import org.convene.seminar.ui.SeminarPageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The signed-in person's registrations: state, waiting-list position, cancellation until the start. */
@Route("my/seminars")
@Menu(order = 20, icon = "vaadin:calendar-user", title = "menu.my-seminars")
@PermitAll
public class MyRegistrationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyRegistration> grid = new Grid<>();
    private final transient RegistrationService registrations;
    private final transient List<MySeminarLinks> links;

    MyRegistrationsView(RegistrationService registrations, List<MySeminarLinks> links) {
        this.registrations = registrations;
        this.links = links.stream().sorted(Comparator.comparingInt(MySeminarLinks::order)).toList();
        setSizeFull();
        grid.setId("my-registrations");
        grid.addComponentColumn(m -> {
            var a = new RouterLink(m.seminar().title(), SeminarPageView.class,
                    new RouteParameters(SeminarPageView.PUBLIC_ID, m.seminar().publicId()));
            a.setId("my-seminar-" + m.registration().getId());
            return withLinks(a, m);
        }).setHeader(getTranslation("my.seminar")).setKey("seminar").setFlexGrow(3)
                .setTooltipGenerator(m -> m.seminar().title());
        grid.addColumn(this::startsText).setHeader(getTranslation("my.starts")).setKey("starts");
        grid.addColumn(this::statusText).setHeader(getTranslation("my.status")).setKey("status").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions");
        grid.setItems(q -> registrations.mine(PageRequest.of(q.getPage(), q.getPageSize(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))).stream());
        grid.setEmptyStateText(getTranslation("my.empty"));
        Grids.fit(grid, "seminar", "starts", "status");
        // Titles are long and the links under them many: cells wrap rather than cut.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H2(getTranslation("my.title")), grid);
    }

    /** The seminar's title with what other modules offer for this place (calendar, agenda, certificate). */
    private com.vaadin.flow.component.Component withLinks(RouterLink title, MyRegistration m) {
        var r = m.registration();
        var participation = new MySeminarLinks.Participation(r.getStatus() == RegistrationStatus.CONFIRMED, r.isAttended());
        var extra = new Div();
        extra.setId("my-links-" + r.getId());
        extra.addClassName("convene-my-links");
        links.forEach(l -> l.create(m.seminar(), participation).forEach(extra::add));
        var cell = new Div(title);
        // On a phone the date and status columns are hidden: the same words under the title.
        var phone = new Div(new Span(startsText(m)), new Span(" · "), new Span(statusText(m)));
        phone.setId("my-phone-line-" + r.getId());
        phone.addClassName("convene-phone-only");
        cell.add(phone);
        if (extra.getComponentCount() > 0) {
            cell.add(extra);
        }
        return cell;
    }

    private String startsText(MyRegistration m) {
        return Formats.dateTime(m.seminar().startsAt(), getLocale()) + " "
                + Formats.zoneAbbreviation(m.seminar().timeZone(), m.seminar().startsAt(), getLocale());
    }

    private String statusText(MyRegistration m) {
        return StatusLabels.status(this, m.registration())
                + (m.seminar().status() == org.convene.seminar.SeminarStatus.CANCELLED
                ? " · " + getTranslation("my.seminar-cancelled") : "");
    }

    private com.vaadin.flow.component.Component actions(MyRegistration m) {
        var r = m.registration();
        if (!m.cancellable()) {
            return new Span();
        }
        var cancel = new Button(getTranslation("my.cancel"), e -> confirmCancel(m));
        cancel.setId("my-cancel-" + r.getId());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    void confirmCancel(MyRegistration m) {
        var dialog = new ConfirmDialog();
        dialog.setId("my-cancel-dialog");
        dialog.setHeader(getTranslation("my.cancel.title"));
        dialog.setText(getTranslation("my.cancel.text", m.seminar().title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("my.cancel.keep"));
        dialog.setConfirmText(getTranslation("my.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel(m));
        dialog.open();
    }

    void cancel(MyRegistration m) {
        registrations.cancelMine(m.registration().getId());
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("my.cancelled", m.seminar().title()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title") + " | " + getTranslation("app.name");
    }
}
