package org.convene.agenda.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.agenda.AgendaEntry;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaStarService;
import org.convene.agenda.PublishedAgenda;
import org.convene.agenda.Speaker;
import org.convene.base.ui.Formats;

/**
 * The published agenda for participants and the public: day by day, times in the seminar's zone
 * (with a note when the reader's own zone differs), rooms, speakers, downloads; signed-in readers
 * star the sessions they plan to attend.
 */
@Route("seminars/:publicId/agenda")
@AnonymousAllowed
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the seminar's public id. */
    static final String PUBLIC_ID = "publicId";

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final Paragraph zoneNote = new Paragraph();
    final Paragraph offsetNote = new Paragraph();
    final Checkbox starredOnly = new Checkbox();
    final Anchor pdf = new Anchor();
    final Anchor ics = new Anchor();
    final Div days = new Div();
    final HorizontalLayout downloads = new HorizontalLayout();
    private final transient AgendaPublishingService agendas;
    private final transient AgendaStarService stars;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private PublishedAgenda agenda;
    private Set<Long> starred = new HashSet<>();
    private String title = "";

    AgendaView(AgendaPublishingService agendas, AgendaStarService stars, AccountService accounts, CurrentUser currentUser) {
        this.agendas = agendas;
        this.stars = stars;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("convene-narrow");
        heading.setId("agenda-title");
        message.setId("agenda-message");
        message.setVisible(false);
        zoneNote.setId("agenda-zone-note");
        offsetNote.setId("agenda-offset-note");
        offsetNote.setVisible(false);
        starredOnly.setId("agenda-starred-only");
        starredOnly.setLabel(getTranslation("agenda.starred-only"));
        starredOnly.addValueChangeListener(e -> render());
        pdf.setId("agenda-pdf");
        pdf.setText(getTranslation("agenda.download.pdf"));
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        ics.setId("agenda-ics");
        ics.setText(getTranslation("agenda.download.ics"));
        ics.setRouterIgnore(true);
        ics.getElement().setAttribute("download", true);
        days.setId("agenda-days-list");
        days.setWidthFull();
        downloads.add(VaadinIcon.DOWNLOAD.create(), pdf, ics, starredOnly);
        downloads.setAlignItems(FlexComponent.Alignment.CENTER);
        downloads.setWrap(true);
        add(heading, message, zoneNote, offsetNote, downloads, days);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var publicId = event.getRouteParameters().get(PUBLIC_ID).orElse("");
        agenda = agendas.published(publicId).orElse(null);
        if (agenda == null) {
            show(getTranslation("error.not-found"));
            return;
        }
        title = agenda.seminarTitle();
        heading.setText(getTranslation("agenda.view.title", agenda.seminarTitle()));
        if (!agenda.isPublished()) {
            show(getTranslation("agenda.not-published"));
            return;
        }
        message.setVisible(agenda.seminarCancelled());
        message.setText(agenda.seminarCancelled() ? getTranslation("agenda.seminar-cancelled") : "");
        pdf.setHref("api/public/seminars/" + agenda.publicId() + "/agenda.pdf?lang=" + getLocale().getLanguage());
        ics.setHref("calendar/seminars/" + agenda.publicId() + "/agenda.ics");
        zoneNote.setText(getTranslation("agenda.times-in", Formats.zoneName(agenda.zone(), getLocale())));
        showOffset();
        starred = new HashSet<>(stars.starredItemIds(agenda.seminarId()));
        starredOnly.setVisible(currentUser.get().isPresent());
        render();
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
        zoneNote.setVisible(false);
        offsetNote.setVisible(false);
        downloads.setVisible(false);
        days.removeAll();
    }

    /** When the reader's profile zone differs from the seminar's, how far apart they are. */
    private void showOffset() {
        if (currentUser.get().isEmpty()) {
            return;
        }
        ZoneId mine = accounts.me().getTimeZone();
        var at = agenda.seminarStartsAt().atZone(agenda.zone()).toInstant();
        var theirs = agenda.zone().getRules().getOffset(at).getTotalSeconds();
        var own = mine.getRules().getOffset(at).getTotalSeconds();
        if (theirs == own) {
            return;
        }
        var diff = Duration.ofSeconds(Math.abs(own - theirs));
        var amount = diff.toMinutesPart() == 0 ? String.valueOf(diff.toHours())
                : diff.toHours() + ":" + String.format(Locale.ROOT, "%02d", diff.toMinutesPart());
        offsetNote.setText(getTranslation(own > theirs ? "agenda.offset.ahead" : "agenda.offset.behind",
                Formats.zoneName(mine, getLocale()), amount));
        offsetNote.setVisible(true);
    }

    void render() {
        days.removeAll();
        if (agenda == null || !agenda.isPublished()) {
            return;
        }
        for (var day : agenda.byDay().entrySet()) {
            var entries = day.getValue().stream()
                    .filter(e -> !starredOnly.getValue() || starred.contains(e.itemId()))
                    .toList();
            if (entries.isEmpty()) {
                continue;
            }
            var section = new Div();
            section.setId("agenda-day-" + day.getKey());
            var dayTitle = new H3(Formats.longDate(day.getKey(), getLocale()));
            section.add(dayTitle);
            entries.forEach(e -> section.add(card(e)));
            days.add(section);
        }
        if (days.getChildren().findAny().isEmpty()) {
            days.add(new Paragraph(getTranslation(starredOnly.getValue() ? "agenda.starred.none" : "agenda.none")));
        }
    }

    private Component card(AgendaEntry e) {
        var card = new Div();
        card.setId("agenda-item-" + e.itemId());
        card.addClassNames("convene-card", "agenda-card");
        var isStarred = starred.contains(e.itemId());
        if (isStarred) {
            card.addClassName("agenda-starred");
        }
        if (e.type().isPause()) {
            card.addClassName("agenda-pause");
        }
        var zone = Formats.zoneAbbreviation(agenda.zone(), e.startsAt(), getLocale());
        var time = new Span(Formats.timeRange(e.startsAt(), e.endsAt(), getLocale()) + " " + zone);
        time.addClassName("agenda-time");
        var head = new HorizontalLayout(time);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        if (!e.room().isEmpty()) {
            head.add(new Span(e.room()));
        }
        head.add(badge(getTranslation("agenda.type." + e.type().name()), "contrast"));
        if (e.isCancelled()) {
            head.add(badge(getTranslation("agenda.cancelled"), "error"));
        } else if (e.updated()) {
            var updated = badge(getTranslation("agenda.updated"), "success");
            updated.addClassName("agenda-updated");
            head.add(updated);
        }
        if (currentUser.get().isPresent()) {
            var star = new Button(isStarred ? VaadinIcon.STAR.create() : VaadinIcon.STAR_O.create());
            star.setId("agenda-star-" + e.itemId());
            star.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            star.setAriaLabel(getTranslation(isStarred ? "agenda.unstar" : "agenda.star"));
            star.setTooltipText(getTranslation(isStarred ? "agenda.unstar" : "agenda.star"));
            star.addClickListener(c -> toggleStar(e));
            var spacer = new Span();
            head.add(spacer, star);
            head.expand(spacer);
        }
        var titleLine = new Span(e.title());
        titleLine.setId("agenda-item-title-" + e.itemId());
        titleLine.addClassName("agenda-title");
        if (e.isCancelled()) {
            titleLine.addClassName("agenda-title-cancelled");
        }
        card.add(head, titleLine);
        if (!e.speakers().isEmpty()) {
            card.add(line(getTranslation("agenda.speakers"), e.speakers().stream().map(Speaker::label).collect(Collectors.joining("; "))));
        }
        if (!e.chairs().isEmpty()) {
            card.add(line(getTranslation("agenda.chairs"), e.chairs().stream().map(Speaker::label).collect(Collectors.joining("; "))));
        }
        if (!e.language().isEmpty()) {
            card.add(line(getTranslation("agenda.item.language"), Locale.forLanguageTag(e.language()).getDisplayLanguage(getLocale())));
        }
        if (!e.description().isEmpty()) {
            var description = new Paragraph(e.description());
            description.addClassName("convene-prewrap");
            description.addClassName("agenda-description");
            card.add(description);
        }
        if (!e.onlineLink().isEmpty() && !e.isCancelled()) {
            var link = new Anchor(e.onlineLink(), getTranslation("agenda.online.join"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            card.add(link);
        }
        return card;
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge small " + variant);
        return badge;
    }

    private static Div line(String label, String value) {
        var strong = new Span(Formats.label(label, org.convene.base.ui.Viewer.locale()));
        strong.addClassName("convene-strong");
        var line = new Div(strong, new Span(value));
        line.addClassName("agenda-line");
        return line;
    }

    void toggleStar(AgendaEntry e) {
        var on = !starred.contains(e.itemId());
        stars.setStarred(e.itemId(), on);
        if (on) {
            starred.add(e.itemId());
        } else {
            starred.remove(e.itemId());
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.title") + (title.isEmpty() ? "" : " – " + title) + " | " + getTranslation("app.name");
    }
}
