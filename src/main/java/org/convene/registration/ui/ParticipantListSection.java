package org.convene.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.convene.registration.ParticipantListService;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.ui.SeminarPageSection;

/**
 * "Who else takes part" on the seminar page, for its confirmed participants only: those who agreed
 * to be shown, with name, organisation and country, and the same list as a PDF. Nothing at all for
 * anybody else (the service decides; its PDF answers 404 to them).
 */
@org.springframework.stereotype.Component
class ParticipantListSection implements SeminarPageSection {

    private final ParticipantListService lists;

    ParticipantListSection(ParticipantListService lists) {
        this.lists = lists;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Component> create(SeminarDetails seminar) {
        if (!lists.maySee(seminar.id())) {
            return Optional.empty();
        }
        var list = lists.list(seminar.publicId());
        var box = new Div();
        box.setId("participant-list-section");
        box.addClassName("convene-card");
        box.add(new H3(box.getTranslation("participants.list.heading", list.participants().size())));
        var locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : java.util.Locale.ENGLISH;
        var pdf = new Anchor(ParticipantListService.pdfPath(seminar.publicId())
                + ("fr".equals(locale.getLanguage()) ? "?lang=fr" : ""), "");
        pdf.add(VaadinIcon.FILE_TEXT_O.create());
        pdf.add(box.getTranslation("participants.list.pdf"));
        pdf.setId("participant-list-pdf");
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("convene-download-link");
        var hint = new Paragraph(box.getTranslation("participants.list.consent"));
        hint.addClassName("convene-hint");
        box.add(hint);
        if (list.participants().isEmpty()) {
            var none = new Paragraph(box.getTranslation("participants.list.none"));
            none.setId("participant-list-empty");
            box.add(none);
            return Optional.of(box);
        }
        var ul = new UnorderedList();
        ul.setId("participant-list");
        ul.addClassName("convene-participant-list");
        for (var p : list.participants()) {
            var name = new Span(p.name());
            name.addClassName("convene-participant-name");
            var details = new Span(String.join(" · ", java.util.stream.Stream.of(p.organisation(),
                    Countries.country(p.country(), locale)).filter(s -> s != null && !s.isBlank()).toList()));
            details.addClassName("convene-participant-details");
            ul.add(new ListItem(name, details));
        }
        box.add(ul, pdf);
        return Optional.of(box);
    }
}
