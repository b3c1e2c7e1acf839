package org.convene.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.account.CurrentUser;
import org.convene.account.ui.SignUpView;
import org.convene.base.ui.Formats;
import org.convene.registration.InvitationDetails;
import org.convene.registration.InvitationService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.ui.SeminarPageView;

/**
 * The page a personal invitation link opens, for anyone holding it. It shows the seminar and leads
 * to the registration form with the invitation (signing in or signing up first); unknown and
 * revoked links get the same short "not valid" page, with nothing about why.
 */
@Route("invitations/:token")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InvitationService invitations;
    private final transient CurrentUser currentUser;

    InvitationView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        setMaxWidth("48rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        invitations.open(token).ifPresentOrElse(d -> show(d, token), this::notValid);
    }

    private void notValid() {
        var title = new H2(getTranslation("invitation.page.invalid.title"));
        title.setId("invitation-invalid");
        add(title, new Paragraph(getTranslation("invitation.page.invalid.text")), new Anchor("", getTranslation("invitation.page.catalogue")));
    }

    private void show(InvitationDetails d, String token) {
        var seminar = d.seminar();
        var title = new H2(getTranslation("invitation.page.title", seminar.title()));
        title.setId("invitation-title");
        var greeting = new Paragraph(getTranslation("invitation.page.greeting", d.name()));
        var when = new Paragraph(Formats.range(seminar.startsAt(), seminar.endsAt(), seminar.timeZone(), getLocale())
                + (seminar.venueLine().isEmpty() ? ""
                : " · " + seminar.venueLine()));
        var summary = new Paragraph(seminar.summary());
        var details = new RouterLink(getTranslation("invitation.page.details"), SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.publicId()));
        details.setId("invitation-seminar");
        add(title, greeting, when, summary, details);

        var status = new Paragraph();
        status.setId("invitation-status");
        var box = new Div(status);
        if (seminar.status() == SeminarStatus.CANCELLED) {
            status.setText(getTranslation("invitation.page.cancelled"));
        } else {
            switch (d.status()) {
                case ACCEPTED -> {
                    status.setText(getTranslation("invitation.page.accepted"));
                    box.add(new RouterLink(getTranslation("register.my-seminars"), MyRegistrationsView.class));
                }
                case EXPIRED -> status.setText(getTranslation("invitation.page.expired"));
                default -> {
                    var accept = new RouterLink(getTranslation("invitation.page.accept"), RegisterView.class,
                            new RouteParameters(RegisterView.PUBLIC_ID, seminar.publicId()));
                    accept.setQueryParameters(QueryParameters.of("invitation", token));
                    accept.setId("invitation-accept");
                    accept.addClassName("convene-button-link");
                    if (currentUser.get().isPresent()) {
                        status.setText(getTranslation("invitation.page.open"));
                        box.add(accept);
                    } else {
                        status.setText(getTranslation("invitation.page.sign-in"));
                        var signUp = new RouterLink(getTranslation("invitation.page.sign-up"), SignUpView.class);
                        signUp.setId("invitation-sign-up");
                        signUp.addClassName("convene-link-after");
                        box.add(accept, signUp);
                    }
                }
            }
        }
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.page.page-title") + " | " + getTranslation("app.name");
    }
}
