package org.convene.statement.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.ui.Formats;
import org.convene.statement.CanonicalText;
import org.convene.statement.PublicationService;
import org.convene.statement.PublishedStatement;

/**
 * A published statement: the text, its signatories with organisations and reservations, the date, the
 * version's SHA-256 hash, the downloads (PDF, DOCX, HTML, Markdown), the other published versions (a
 * correction shows its change note; older versions stay readable) and the translations. Public, or for
 * the group only; everyone else sees "not found", as for a statement never published.
 */
@Route(PublishedStatementView.ROUTE + "/:" + PublishedStatementView.PUBLIC_ID + "/:" + PublishedStatementView.NUMBER + "?")
@AnonymousAllowed
public class PublishedStatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "statements/published";
    public static final String PUBLIC_ID = "publicId";
    public static final String NUMBER = "number";

    private final transient PublicationService publications;
    private String title = "";

    PublishedStatementView(PublicationService publications) {
        this.publications = publications;
        setId("published-statement");
        addClassNames("published-statement", "convene-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var publicId = event.getRouteParameters().get(PUBLIC_ID).orElse("");
        var number = event.getRouteParameters().getInteger(NUMBER).orElse(null);
        PublishedStatement p;
        try {
            p = publications.read(publicId, number);
        } catch (ConveneException e) {
            title = getTranslation("statement.review.page.not-found");
            var box = new Div(new H2(title), new Paragraph(getTranslation("statement.publication.not-found")),
                    new RouterLink(getTranslation("statement.publication.back"), PublicStatementsView.class));
            box.setId("published-not-found");
            add(box);
            return;
        }
        title = p.title();
        show(p);
    }

    private void show(PublishedStatement p) {
        var lang = Locale.forLanguageTag(p.language());
        if (p.withdrawnReason() != null) {
            var banner = new Paragraph(getTranslation("statement.publication.withdrawn", p.withdrawnReason()));
            banner.setId("published-withdrawn");
            banner.addClassName("published-banner");
            add(banner);
        }
        if (!p.isLatest()) {
            var banner = new Div(new Span(getTranslation("statement.publication.older", p.number(), p.latestNumber()) + " "),
                    new RouterLink(getTranslation("statement.publication.read-latest"), PublishedStatementView.class,
                            new RouteParameters(PUBLIC_ID, p.publicId())));
            banner.setId("published-older");
            banner.addClassName("published-banner");
            add(banner);
        }
        var h1 = new H1(p.title());
        h1.getElement().setAttribute("lang", p.language());
        add(h1);
        if (!p.context().isBlank()) {
            var context = new Paragraph(p.context());
            context.addClassName("meta");
            add(context);
        }
        var meta = new Paragraph(getTranslation("statement.publication.meta",
                Formats.longDate(p.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale()), p.number(),
                lang.getDisplayLanguage(getLocale())));
        meta.setId("published-meta");
        meta.addClassName("meta");
        add(meta);
        if (!p.changeNote().isBlank()) {
            var note = new Paragraph(getTranslation("statement.publication.change-note") + " " + p.changeNote());
            note.setId("published-change-note");
            note.addClassName("published-change-note");
            add(note);
        }
        var text = new Div();
        text.setId("published-text");
        text.addClassName("published-text");
        text.getElement().setAttribute("lang", p.language());
        for (var s : p.sections()) {
            if (!s.heading().isBlank()) {
                text.add(new H2(s.heading()));
            }
            s.paragraphsHtml().forEach(html -> text.add(new Html("<div class=\"published-paragraph\">" + html + "</div>")));
        }
        add(text);
        if (!p.signers().isEmpty()) {
            var signers = new UnorderedList();
            signers.setId("published-signers");
            signers.addClassName("published-signers");
            for (var s : p.signers()) {
                var li = new ListItem();
                var name = new Span(s.name());
                name.addClassName("name");
                li.add(name);
                if (!s.organisation().isBlank()) {
                    li.add(new Span(", " + s.organisation()));
                }
                if (!s.reservation().isBlank()) {
                    var r = new Paragraph(getTranslation("statement.publication.reservation") + " " + s.reservation());
                    r.addClassName("reservation");
                    li.add(r);
                }
                signers.add(li);
            }
            add(new H2(getTranslation("statement.publication.signatories")), signers);
        }
        var hash = new Div(new Span(getTranslation("statement.publication.hash") + " "), code(CanonicalText.grouped(p.contentHash())));
        hash.setId("published-hash");
        hash.addClassName("statement-review-hash");
        add(hash);
        var downloads = new Div();
        downloads.setId("published-downloads");
        downloads.addClassName("published-downloads");
        for (var ext : new String[] {"pdf", "docx", "html", "md"}) {
            var a = new Anchor("api/public/statements/" + p.publicId() + "/" + p.number() + "." + ext,
                    getTranslation("statement.publication.download." + ext));
            a.setRouterIgnore(true);
            a.getElement().setAttribute("download", true);
            a.setId("published-download-" + ext);
            downloads.add(a);
        }
        add(new H2(getTranslation("statement.publication.downloads")), downloads);
        if (p.versions().size() > 1) {
            var versions = new UnorderedList();
            versions.setId("published-versions");
            for (var v : p.versions()) {
                var li = new ListItem(new RouterLink(getTranslation("statement.publication.version-link", v.number(),
                        Formats.longDate(v.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(), getLocale())),
                        PublishedStatementView.class, new RouteParameters(java.util.Map.of(PUBLIC_ID, p.publicId(),
                        NUMBER, String.valueOf(v.number())))));
                if (!v.changeNote().isBlank()) {
                    li.add(new Span(" — " + v.changeNote()));
                }
                versions.add(li);
            }
            add(new H2(getTranslation("statement.publication.versions")), versions);
        }
        if (p.source() != null || !p.translations().isEmpty()) {
            var langs = new UnorderedList();
            langs.setId("published-languages");
            if (p.source() != null) {
                langs.add(new ListItem(link(p.source())));
            }
            p.translations().forEach(t -> langs.add(new ListItem(link(t))));
            add(new H2(getTranslation("statement.publication.other-languages")), langs);
        }
    }

    private RouterLink link(PublishedStatement.Link l) {
        var link = new RouterLink(Locale.forLanguageTag(l.language()).getDisplayLanguage(getLocale()) + " — " + l.title(),
                PublishedStatementView.class, new RouteParameters(PUBLIC_ID, l.publicId()));
        link.getElement().setAttribute("hreflang", l.language());
        return link;
    }

    private static Span code(String text) {
        var s = new Span(text);
        s.addClassName("code");
        return s;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
