package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
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

    /** A new card for each seminar of a page (see {@link #card}); their seats are counted in one go. */
    public List<Component> cards(List<Seminar> seminars) {
        var known = availabilities(seminars);
        return seminars.stream().map(s -> card(s, known.get(s.getId()))).toList();
    }

    /** A new card (title linking to the seminar page, dates, place, themes, registration state). */
    private Component card(Seminar seminar, SeminarAvailability.Availability known) {
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
        var state = new Span(availabilityText(card, seminar, known));
        state.addClassName("seminar-card-availability");
        state.getElement().getThemeList().add("badge");
        if (seminar.getStatus() == SeminarStatus.CANCELLED) {
            state.getElement().getThemeList().add("error");
        }
        card.add(title, when, where, themes, state);
        return card;
    }

    /**
     * What a catalogue row shows, as strings: the grid keeps this for each row shown rather than the
     * {@link Seminar} entity with its sets (about a third of the heap per row).
     */
    public record Entry(long id, String publicId, String href, String title, String when, String where, String themes,
                        String badge, String state) {
    }

    /**
     * The catalogue rows of a page of seminars, their texts read through {@code owner} (the view), in its
     * language. The seats of the whole page are counted in one go, not per row.
     */
    public List<Entry> entries(Component owner, List<Seminar> seminars) {
        var known = availabilities(seminars);
        return seminars.stream().map(s -> new Entry(s.getId(), s.getPublicId(), href(s), s.getTitle(),
                SeminarLabels.when(s, SeminarLabels.locale()), SeminarLabels.place(owner, s), SeminarLabels.themes(owner, s),
                s.getStatus() == SeminarStatus.CANCELLED ? "badge error" : "badge",
                availabilityText(owner, s, known.get(s.getId())))).toList();
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
    static String href(Seminar seminar) {
        return com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.getPublicId()));
    }

    /** Seats and waiting lists of these seminars (id → availability); empty when no module counts seats. */
    private Map<Long, SeminarAvailability.Availability> availabilities(List<Seminar> seminars) {
        var provider = availability.getIfAvailable();
        var counted = seminars.stream().filter(s -> s.getStatus() != SeminarStatus.CANCELLED).toList();
        return provider == null || counted.isEmpty() ? Map.of() : provider.availability(counted.stream().map(Seminar::details).toList());
    }

    /** The registration state in the reader's language ({@code known}: the seats counted, null if not). */
    private String availabilityText(Component c, Seminar s, SeminarAvailability.Availability known) {
        if (s.getStatus() == SeminarStatus.CANCELLED) {
            return c.getTranslation("seminar.availability.cancelled");
        }
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
