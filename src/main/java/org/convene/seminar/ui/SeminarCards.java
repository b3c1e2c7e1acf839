package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
