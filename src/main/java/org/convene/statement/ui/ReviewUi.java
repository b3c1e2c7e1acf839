package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Viewer;
import org.convene.statement.Markdown;
import org.convene.statement.WordDiff;
import org.springframework.web.util.HtmlUtils;

/** Small pieces the review components share: badges, times, rendered Markdown, word diffs. */
final class ReviewUi {

    private ReviewUi() {
    }

    static Span badge(String text, String... themes) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        for (var t : themes) {
            badge.getElement().getThemeList().add(t);
        }
        return badge;
    }

    static String when(Instant at, Locale locale) {
        return Formats.instant(at, Viewer.zone(), locale);
    }

    /** Markdown shown as sanitized HTML (the module's one renderer). */
    static Component markdown(String text) {
        return new Html("<div class=\"statement-review-md\">" + Markdown.toHtml(text) + "</div>");
    }

    /** Word-by-word differences, removed words struck through, added ones marked. */
    static Component diff(String before, String after) {
        var html = new StringBuilder("<div class=\"statement-review-diff\">");
        for (var seg : WordDiff.of(before == null ? "" : before, after == null ? "" : after)) {
            var text = HtmlUtils.htmlEscape(seg.text());
            switch (seg.kind()) {
                case SAME -> html.append(text);
                case REMOVED -> html.append("<del>").append(text).append("</del>");
                case ADDED -> html.append("<ins>").append(text).append("</ins>");
            }
        }
        return new Html(html.append("</div>").toString());
    }

    static String hash(String hash) {
        return hash == null ? "" : org.convene.statement.CanonicalText.grouped(hash);
    }
}
