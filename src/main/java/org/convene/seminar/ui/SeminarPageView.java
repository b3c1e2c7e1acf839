package org.convene.seminar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarPage;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Visibility;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Everything about one seminar, at its public link. Times are the seminar's own, with the zone's
 * abbreviation, plus the viewer's time when their profile's zone reads differently. Other modules
 * add sections (registration, calendar downloads) through {@link SeminarPageSection} beans.
 */
@Route("seminars/:" + SeminarPageView.PUBLIC_ID)
@AnonymousAllowed
public class SeminarPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PUBLIC_ID = "publicId";

    private final transient SeminarService seminars;
    private final transient CurrentUser currentUser;
    private final transient AccountService accounts;
    private final transient ObjectProvider<SeminarPageSection> sections;
    private String title;

    SeminarPageView(SeminarService seminars, CurrentUser currentUser, AccountService accounts,
                    ObjectProvider<SeminarPageSection> sections) {
        this.seminars = seminars;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.sections = sections;
        addClassNames("seminar-page", "convene-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var seminar = event.getRouteParameters().get(PUBLIC_ID).flatMap(seminars::page);
        if (seminar.isEmpty()) {
            title = getTranslation("seminar.page.not-found.title");
            notFound();
            return;
        }
        title = seminar.get().seminar().title();
        show(seminar.get());
    }

    private void notFound() {
        var box = new Div(new H2(getTranslation("seminar.page.not-found.title")),
                new Paragraph(getTranslation("seminar.page.not-found.text")),
                new RouterLink(getTranslation("seminar.page.back"), CatalogueView.class));
        box.setId("seminar-not-found");
        box.addClassName("seminar-empty-state");
        add(box);
    }

    private void show(SeminarPage page) {
        var s = page.seminar();
        var locale = getLocale();
        var heading = new H2(s.title());
        heading.setId("seminar-title");
        var badges = new HorizontalLayout();
        badges.setId("seminar-badges");
        badges.add(badge(SeminarLabels.format(this, s.format()), "contrast"));
        if (s.status() != SeminarStatus.PUBLISHED) {
            badges.add(badge(SeminarLabels.status(this, s.status()),
                    s.status() == SeminarStatus.CANCELLED ? "error" : "contrast"));
        }
        if (s.visibility() == Visibility.UNLISTED) {
            badges.add(badge(SeminarLabels.visibility(this, s.visibility()), "contrast"));
        }
        add(heading, badges);

        if (s.status() == SeminarStatus.CANCELLED) {
            var banner = new Div(new H3(getTranslation("seminar.page.cancelled")),
                    new Paragraph(s.cancellationReason() == null ? "" : s.cancellationReason()));
            banner.setId("seminar-cancelled-banner");
            banner.addClassName("seminar-cancelled-banner");
            add(banner);
        }
        if (!s.summary().isBlank()) {
            var summary = new Paragraph(s.summary());
            summary.setId("seminar-summary");
            summary.addClassName("seminar-summary");
            add(summary);
        }

        var facts = new Div();
        facts.addClassName("seminar-facts");
        var when = fact(facts, "seminar-when", "seminar.page.when", SeminarLabels.when(s, locale));
        viewerTime(s).ifPresent(local -> {
            var note = new Span(getTranslation("seminar.page.your-time", local));
            note.setId("seminar-your-time");
            note.addClassName("seminar-your-time");
            when.add(note);
        });
        fact(facts, "seminar-where", "seminar.page.where", SeminarLabels.place(this, s));
        if (s.format().hasVenue()) {
            var address = String.join(", ", java.util.stream.Stream.of(s.venueLine(),
                    SeminarLabels.country(s.venueCountry(), locale)).filter(p -> !p.isBlank()).toList());
            fact(facts, "seminar-venue", "seminar.page.venue", address);
        }
        if (s.format().hasOnlineLink() && !s.onlineLink().isBlank()) {
            var link = new Anchor(s.onlineLink(), s.onlineLink(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.setId("seminar-online-link");
            fact(facts, "seminar-online", "seminar.page.online", "").add(link);
        }
        fact(facts, "seminar-themes", "seminar.field.themes", SeminarLabels.themes(this, page.themes()));
        fact(facts, "seminar-languages", "seminar.field.languages", SeminarLabels.languages(page.languages(), locale));
        fact(facts, "seminar-capacity", "seminar.field.capacity", String.valueOf(s.capacity()));
        fact(facts, "seminar-registration", "seminar.page.registration",
                getTranslation("seminar.page.registration-window",
                        SeminarLabels.at(s.registrationOpensAt(), s.timeZone(), locale),
                        SeminarLabels.at(s.registrationClosesAt(), s.timeZone(), locale))
                        + (s.approvalRequired() ? " " + getTranslation("seminar.page.approval") : ""));
        // Seats left and the way to register are said once, by the registration section below.
        add(facts);

        if (!s.description().isBlank()) {
            var description = new Paragraph(s.description());
            description.setId("seminar-description");
            description.addClassName("convene-prewrap");
            add(description);
        }

        for (var section : orderedSections()) {
            section.create(s).ifPresent(this::add);
        }

        var back = new RouterLink(getTranslation("seminar.page.back"), CatalogueView.class);
        back.setId("seminar-back");
        var footer = new HorizontalLayout(back);
        footer.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (currentUser.hasRole(Role.ORGANISER) && s.status() != SeminarStatus.CANCELLED) {
            var edit = new com.vaadin.flow.router.RouterLink(getTranslation("seminar.page.edit"), SeminarEditorView.class,
                    SeminarEditorView.editParameters(s.id()));
            edit.setId("seminar-edit-link");
            footer.add(edit);
        }
        add(footer);
    }

    private List<SeminarPageSection> orderedSections() {
        return sections.stream().sorted(Comparator.comparingInt(SeminarPageSection::order)).toList();
    }

    /** The seminar's times in the viewer's own zone, when that zone reads them differently. */
    Optional<String> viewerTime(SeminarDetails s) {
        if (currentUser.get().isEmpty()) {
            return Optional.empty();
        }
        ZoneId mine = accounts.me().getTimeZone();
        var start = s.startInstant().atZone(mine).toLocalDateTime();
        var end = s.endInstant().atZone(mine).toLocalDateTime();
        if (start.equals(s.startsAt()) && end.equals(s.endsAt())) {
            return Optional.empty();
        }
        return Optional.of(SeminarLabels.range(start, end, mine, getLocale()) + " (" + mine.getId() + ")");
    }

    private Div fact(Div facts, String id, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("seminar-fact-label");
        var text = new Span(value);
        text.addClassName("seminar-fact-value");
        var row = new Div(label, text);
        row.setId(id);
        row.addClassName("seminar-fact");
        facts.add(row);
        return row;
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(variant);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " | ") + getTranslation("app.name");
    }
}
