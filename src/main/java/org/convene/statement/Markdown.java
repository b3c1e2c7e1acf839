package org.convene.statement;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown (CommonMark) to safe HTML, on the server. Raw HTML in the Markdown is escaped (shown as
 * text), link and image URLs are limited to http, https and mailto, and the result goes through
 * jsoup's {@link Safelist#relaxed()} allow-list, so no script, style, event attribute or
 * {@code javascript:} URL survives, whatever the input. Pages and exports use this one place.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addProtocols("a", "href", "http", "https", "mailto");

    private Markdown() {
    }

    /** Safe HTML for a Markdown text (empty for null or blank). */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        var raw = RENDERER.render(PARSER.parse(markdown));
        return sanitize(raw);
    }

    /** Any HTML through the same allow-list. */
    public static String sanitize(String html) {
        return Jsoup.clean(html == null ? "" : html, SAFE);
    }
}
