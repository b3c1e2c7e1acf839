package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void commonmark_becomes_html() {
        assertThat(Markdown.toHtml("We call for **harm reduction** and *dignity*.\n\n- one\n- two"))
                .contains("<strong>harm reduction</strong>", "<em>dignity</em>", "<li>one</li>");
    }

    @Test
    void no_script_style_event_attribute_or_javascript_url_survives() {
        var html = Markdown.toHtml("""
                <script>alert(1)</script>

                <style>body{display:none}</style>

                <img src=x onerror="alert(2)">

                [click](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=)

                <a href="javascript:alert(4)" onclick="alert(5)">x</a>

                ![img](https://example.org/x.png)
                """);
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, style, img, iframe, object")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey().toLowerCase())).noneMatch(k -> k.startsWith("on") || k.equals("style"));
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("http") || h.startsWith("mailto:"));
        // The raw HTML is shown as text, never run.
        assertThat(doc.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void links_are_kept_safe_and_marked_nofollow() {
        assertThat(Markdown.toHtml("[Pompidou Group](https://www.coe.int/pompidou)"))
                .contains("href=\"https://www.coe.int/pompidou\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void empty_text_gives_empty_html() {
        assertThat(Markdown.toHtml("  ")).isEmpty();
        assertThat(Markdown.toHtml(null)).isEmpty();
    }
}
