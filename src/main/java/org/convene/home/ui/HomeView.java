package org.convene.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.account.ui.ProfileView;
import org.convene.account.ui.SignUpView;
import org.convene.account.ui.UserAdminView;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.seminar.ui.CatalogueView;
import org.convene.seminar.ui.SeminarCards;
import org.convene.seminar.ui.SeminarsView;
import org.springframework.data.domain.PageRequest;

/** The start page, different for visitors, participants, experts and organisers. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int UPCOMING = 4;

    final Div upcoming = new Div();
    private final transient SeminarService seminars;
    private final transient SeminarCards seminarCards;

    HomeView(CurrentUser currentUser, SeminarService seminars, SeminarCards seminarCards) {
        this.seminars = seminars;
        this.seminarCards = seminarCards;
        addClassName("convene-home");
        var me = currentUser.get();
        add(new H2(me.map(u -> getTranslation("home.welcome-back", u.displayName()))
                .orElse(getTranslation("home.welcome"))));
        add(new Paragraph(getTranslation("home.intro")));

        upcoming.setId("home-upcoming");
        upcoming.addClassName("home-upcoming");
        var all = new RouterLink(getTranslation("home.upcoming.all"), CatalogueView.class);
        all.setId("home-catalogue-link");
        add(new H3(getTranslation("home.upcoming.title")), upcoming, all);

        var cards = new Div();
        cards.addClassName("convene-cards");
        if (me.isEmpty()) {
            cards.add(card("home-visitor", "home.visitor.title", "home.visitor.text",
                    new RouterLink(getTranslation("home.visitor.action"), SignUpView.class)));
        }
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            cards.add(card("home-participant", "home.participant.title", "home.participant.text",
                    new RouterLink(getTranslation("home.participant.action"), ProfileView.class)));
        }
        if (currentUser.hasRole(Role.EXPERT)) {
            // The network module is no dependency of this one: its view is reached by its path.
            cards.add(card("home-expert", "home.expert.title", "home.expert.text",
                    new Anchor("groups", getTranslation("home.expert.action"))));
        }
        if (currentUser.hasRole(Role.ORGANISER)) {
            var organiser = card("home-organiser", "home.organiser.title", "home.organiser.text",
                    new RouterLink(getTranslation("home.organiser.action"), UserAdminView.class));
            var manage = new RouterLink(getTranslation("home.organiser.seminars"), SeminarsView.class);
            manage.setId("home-organiser-seminars");
            organiser.add(new Div(manage));
            cards.add(organiser);
        }
        add(cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        upcoming.removeAll();
        var next = seminars.cards(SeminarFilter.upcoming(), PageRequest.of(0, UPCOMING));
        if (next.isEmpty()) {
            var none = new Paragraph(getTranslation("home.upcoming.none"));
            none.setId("home-upcoming-none");
            upcoming.add(none);
            return;
        }
        seminarCards.cards(next.getContent()).forEach(upcoming::add);
    }

    private Div card(String id, String title, String text, Component link) {
        var card = new Div(new H3(getTranslation(title)), new Paragraph(getTranslation(text)), link);
        card.setId(id);
        card.addClassName("convene-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
