package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.convene.seminar.Seminar;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds the short presentation of a seminar used in the catalogue and on the home page, and the
 * registration state people read ("12 seats left", "Registration closed"). The state comes from
 * {@link SeminarAvailability} when a module provides it, else from the seminar's own dates.
 */
@org.springframework.stereotype.Component
public class SeminarCards {

    private final ObjectProvider<SeminarAvailability> availability;
    private final SeminarService seminars;

    SeminarCards(ObjectProvider<SeminarAvailability> availability, SeminarService seminars) {
        this.availability = availability;
        this.seminars = seminars;
    }

    /** A new card (title linking to the seminar page, dates, place, themes, registration state). */
    public Component card(Seminar seminar) {
        var card = new Div();
        card.addClassName("seminar-card");
        card.setId("seminar-card-" + seminar.getPublicId());
        var title = new RouterLink(seminar.getTitle(), SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.getPublicId()));
        title.addClassName("seminar-card-title");
        var when = new Span(SeminarLabels.when(seminar, SeminarLabels.locale()));
        when.addClassName("seminar-card-when");
        var where = new Span(SeminarLabels.place(card, seminar));
        where.addClassName("seminar-card-where");
        var themes = new Span(SeminarLabels.themes(card, seminar));
        themes.addClassName("seminar-card-themes");
        var state = new Span(availabilityText(card, seminar));
        state.addClassName("seminar-card-availability");
        state.getElement().getThemeList().add("badge");
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            state.getElement().getThemeList().add("error");
        }
        card.add(title, when, where, themes, state);
        return card;
    }

    /**
     * The same card as {@link #card}, drawn in the browser from a template and six strings per row: the
     * catalogue's grid keeps no component per row (a card of components costs about a dozen state nodes per
     * row in every open session). Texts are read through {@code owner} (the view), in its language.
     */
    public LitRenderer<Seminar> renderer(Component owner) {
        return LitRenderer.<Seminar>of("""
                <div class="seminar-card" id="seminar-card-${item.publicId}">\
                <a class="seminar-card-title" href="${item.href}" router-link>${item.title}</a>\
                <span class="seminar-card-when">${item.when}</span>\
                <span class="seminar-card-where">${item.where}</span>\
                <span class="seminar-card-themes">${item.themes}</span>\
                <span class="seminar-card-availability" theme="${item.badge}">${item.state}</span>\
                </div>""")
                .withProperty("publicId", Seminar::getPublicId)
                .withProperty("href", s -> href(s))
                .withProperty("title", Seminar::getTitle)
                .withProperty("when", s -> SeminarLabels.when(s, SeminarLabels.locale()))
                .withProperty("where", s -> SeminarLabels.place(owner, s))
                .withProperty("themes", s -> SeminarLabels.themes(owner, s))
                .withProperty("badge", s -> s.getStatus() == SeminarStatus.CANCELLED ? "badge error" : "badge")
                .withProperty("state", s -> availabilityText(owner, s));
    }

    /** The seminar page's address, as the card's {@link RouterLink} has it. */
    static String href(Seminar seminar) {
        return com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.getPublicId()));
    }

    /** The registration state in the reader's language. */
    public String availabilityText(Component c, Seminar s) {
        if (s.getStatus() == SeminarStatus.CANCELLED) {
            return c.getTranslation("seminar.availability.cancelled");
        }
        var provider = availability.getIfAvailable();
        var known = provider == null ? null : provider.availability(s);
        var state = known == null ? seminars.registrationState(s) : known.state();
        return switch (state) {
            case OPEN -> known == null ? c.getTranslation("seminar.availability.open")
                    : c.getTranslation("seminar.availability.seats-left", known.seatsLeft());
            case WAITING_LIST -> c.getTranslation("seminar.availability.waiting-list");
            case NOT_YET_OPEN -> c.getTranslation("seminar.availability.not-yet-open",
                    SeminarLabels.at(s.getRegistrationOpensAt(), s.getTimeZone(), SeminarLabels.locale()));
            case CLOSED -> c.getTranslation("seminar.availability.closed");
            case PAST -> c.getTranslation("seminar.availability.past");
            case UNAVAILABLE -> c.getTranslation("seminar.availability.unavailable");
        };
    }
}
