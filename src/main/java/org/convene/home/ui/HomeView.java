package org.convene.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.account.CurrentUser;
import org.convene.account.Role;

/** The start page, different for visitors, participants, experts and organisers. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser) {
        addClassName("convene-home");
        var me = currentUser.get();
        add(new H2(me.map(u -> getTranslation("home.welcome-back", u.displayName()))
                .orElse(getTranslation("home.welcome"))));
        add(new Paragraph(getTranslation("home.intro")));
        var cards = new Div();
        cards.addClassName("convene-cards");
        if (me.isEmpty()) {
            cards.add(card("home-visitor", "home.visitor.title", "home.visitor.text", "signup", "home.visitor.action"));
        }
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            cards.add(card("home-participant", "home.participant.title", "home.participant.text", "profile",
                    "home.participant.action"));
        }
        if (currentUser.hasRole(Role.EXPERT)) {
            cards.add(card("home-expert", "home.expert.title", "home.expert.text", "groups", "home.expert.action"));
        }
        if (currentUser.hasRole(Role.ORGANISER)) {
            cards.add(card("home-organiser", "home.organiser.title", "home.organiser.text", "admin/users",
                    "home.organiser.action"));
        }
        add(cards);
    }

    private Component card(String id, String title, String text, String href, String action) {
        var card = new Div(new H3(getTranslation(title)), new Paragraph(getTranslation(text)),
                new Anchor(href, getTranslation(action)));
        card.setId(id);
        card.addClassName("convene-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
