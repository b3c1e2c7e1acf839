package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.convene.seminar.SeminarAvailability;
import org.convene.seminar.SeminarCard;
import org.convene.seminar.SeminarDetails;
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

    /** A new card for each seminar of a page (see {@link #card}); their seats are counted in one go. */
    public List<Component> cards(List<SeminarCard> seminars) {
        var known = availabilities(seminars);
        return seminars.stream().map(c -> card(c, known.get(c.seminar().id()))).toList();
    }

    /** A new card (title linking to the seminar page, dates, place, themes, registration state). */
    private Component card(SeminarCard entry, SeminarAvailability.Availability known) {
        var seminar = entry.seminar();
        var card = new Div();
        card.addClassName("seminar-card");
        card.setId("seminar-card-" + seminar.publicId());
        var title = new RouterLink(seminar.title(), SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.publicId()));
        title.addClassName("seminar-card-title");
        var when = new Span(SeminarLabels.when(seminar, SeminarLabels.locale()));
        when.addClassName("seminar-card-when");
        var where = new Span(SeminarLabels.place(card, seminar));
        where.addClassName("seminar-card-where");
        var themes = new Span(SeminarLabels.themes(card, entry.themes()));
        themes.addClassName("seminar-card-themes");
        var state = new Span(availabilityText(card, seminar, known));
        state.addClassName("seminar-card-availability");
        state.getElement().getThemeList().add("badge");
        if (seminar.status() == SeminarStatus.CANCELLED) {
            state.getElement().getThemeList().add("error");
        }
        card.add(title, when, where, themes, state);
        return card;
    }

    /**
     * What a catalogue row shows, as strings: the grid keeps this for each row shown rather than the
     * seminar's values and themes (about a third of the heap per row).
     */
    public record Entry(long id, String publicId, String href, String title, String when, String where, String themes,
                        String badge, String state) {
    }

    /**
     * The catalogue rows of a page of seminars, their texts read through {@code owner} (the view), in its
     * language. The seats of the whole page are counted in one go, not per row.
     */
    public List<Entry> entries(Component owner, List<SeminarCard> seminars) {
        var known = availabilities(seminars);
        return seminars.stream().map(c -> entry(owner, c, known.get(c.seminar().id()))).toList();
    }

    private Entry entry(Component owner, SeminarCard card, SeminarAvailability.Availability known) {
        var s = card.seminar();
        return new Entry(s.id(), s.publicId(), href(s), s.title(),
                SeminarLabels.when(s, SeminarLabels.locale()), SeminarLabels.place(owner, s), SeminarLabels.themes(owner, card.themes()),
                s.status() == SeminarStatus.CANCELLED ? "badge error" : "badge",
                availabilityText(owner, s, known));
    }

    /**
     * The same card as {@link #card}, drawn in the browser from a template and the strings of an {@link Entry}:
     * the catalogue's grid keeps no component per row (a card of components costs about a dozen state nodes
     * per row in every open session).
     */
    public static LitRenderer<Entry> renderer() {
        return LitRenderer.<Entry>of("""
                <div class="seminar-card" id="seminar-card-${item.publicId}">\
                <a class="seminar-card-title" href="${item.href}" router-link>${item.title}</a>\
                <span class="seminar-card-when">${item.when}</span>\
                <span class="seminar-card-where">${item.where}</span>\
                <span class="seminar-card-themes">${item.themes}</span>\
                <span class="seminar-card-availability" theme="${item.badge}">${item.state}</span>\
                </div>""")
                .withProperty("publicId", Entry::publicId)
                .withProperty("href", Entry::href)
                .withProperty("title", Entry::title)
                .withProperty("when", Entry::when)
                .withProperty("where", Entry::where)
                .withProperty("themes", Entry::themes)
                .withProperty("badge", Entry::badge)
                .withProperty("state", Entry::state);
    }

    /** The seminar page's address, as the card's {@link RouterLink} has it. */
    static String href(SeminarDetails seminar) {
        return com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.publicId()));
    }

    /** Seats and waiting lists of these seminars (id → availability); empty when no module counts seats. */
    private Map<Long, SeminarAvailability.Availability> availabilities(List<SeminarCard> seminars) {
        var provider = availability.getIfAvailable();
        var counted = seminars.stream().map(SeminarCard::seminar).filter(s -> s.status() != SeminarStatus.CANCELLED).toList();
        return provider == null || counted.isEmpty() ? Map.of() : provider.availability(counted);
    }

    /** The registration state in the reader's language ({@code known}: the seats counted, null if not). */
    private String availabilityText(Component c, SeminarDetails s, SeminarAvailability.Availability known) {
        if (s.status() == SeminarStatus.CANCELLED) {
            return c.getTranslation("seminar.availability.cancelled");
        }
        var state = known == null ? seminars.registrationState(s) : known.state();
        return switch (state) {
            case OPEN -> known == null ? c.getTranslation("seminar.availability.open")
                    : c.getTranslation("seminar.availability.seats-left", known.seatsLeft());
            case WAITING_LIST -> c.getTranslation("seminar.availability.waiting-list");
            case NOT_YET_OPEN -> c.getTranslation("seminar.availability.not-yet-open",
                    SeminarLabels.at(s.registrationOpensAt(), s.timeZone(), SeminarLabels.locale()));
            case CLOSED -> c.getTranslation("seminar.availability.closed");
            case PAST -> c.getTranslation("seminar.availability.past");
            case UNAVAILABLE -> c.getTranslation("seminar.availability.unavailable");
        };
    }
}
