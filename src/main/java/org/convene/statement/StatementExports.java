package org.convene.statement;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The four exports of a published statement, as pure functions of an {@link ExportDocument}. The PDF and
 * the DOCX are made from the same sanitized HTML as the HTML export, so the three say the same thing.
 * Paragraph Markdown goes through the given renderer and then, whatever that renderer returned, through
 * jsoup's {@link Safelist}: no script, style, event attribute or {@code javascript:} link survives.
 */
final class StatementExports {

    /** What a paragraph may contain once rendered: text formatting, lists, quotes, links (http, https, mailto). */
    static final Safelist SAFE = Safelist.relaxed().removeTags("img").removeProtocols("a", "href", "ftp");
    private static final String FONT = "DejaVu Sans";
    private static final Pattern UNSAFE_LINK = Pattern.compile("\\]\\(\\s*(?i:javascript|vbscript|data|file):");

    private StatementExports() {
    }

    // ---------------------------------------------------------------- HTML (also the source of PDF and DOCX)

    static Document htmlDocument(ExportDocument d, Function<String, String> markdown) {
        var doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).charset("UTF-8");
        var html = doc.selectFirst("html");
        html.attr("lang", d.language());
        var head = doc.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(d.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        var body = doc.body();
        body.appendElement("h1").text(d.title());
        if (!d.context().isBlank()) {
            body.appendElement("p").addClass("context").text(d.context());
        }
        var meta = body.appendElement("p").addClass("meta");
        meta.appendText(d.labels().published() + " " + d.date() + " · " + d.labels().version() + " " + d.number());
        if (d.changeNote() != null && !d.changeNote().isBlank()) {
            body.appendElement("p").addClass("change-note").text(d.labels().changeNote() + " " + d.changeNote());
        }
        for (var section : d.sections()) {
            var sec = body.appendElement("section");
            if (!section.heading().isBlank()) {
                sec.appendElement("h2").text(section.heading());
            }
            for (var paragraph : section.paragraphs()) {
                var div = sec.appendElement("div").addClass("paragraph");
                var safe = Jsoup.clean(markdown.apply(paragraph == null ? "" : paragraph), SAFE);
                for (var node : Jsoup.parseBodyFragment(safe).body().childNodes()) {
                    div.appendChild(node.clone());
                }
            }
        }
        if (!d.signers().isEmpty()) {
            body.appendElement("h2").text(d.labels().signatories());
            var list = body.appendElement("ul").addClass("signatories");
            for (var s : d.signers()) {
                var li = list.appendElement("li");
                li.appendElement("strong").text(s.name());
                if (!s.organisation().isBlank()) {
                    li.appendText(", " + s.organisation());
                }
                if (s.reservation() != null && !s.reservation().isBlank()) {
                    li.appendElement("div").addClass("reservation").text(d.labels().reservation() + " " + s.reservation());
                }
            }
        }
        body.appendElement("p").addClass("hash").text(d.labels().hash() + " " + CanonicalText.grouped(d.hash()));
        return doc;
    }

    static String html(ExportDocument d, Function<String, String> markdown) {
        return "<!DOCTYPE html>\n" + htmlDocument(d, markdown).outerHtml();
    }

    // ---------------------------------------------------------------- PDF

    static byte[] pdf(ExportDocument d, Function<String, String> markdown) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> StatementExports.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> StatementExports.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(htmlDocument(d, markdown)), "/");
            builder.withProducer("Convene");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(ExportDocument d, Function<String, String> markdown) {
        var html = htmlDocument(d, markdown);
        try (var docx = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(d.title());
            for (var el : html.body().children()) {
                block(docx, el, 0);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void block(XWPFDocument docx, Element el, int depth) {
        switch (el.tagName()) {
            case "section", "div" -> {
                if (el.hasClass("reservation")) {
                    var p = docx.createParagraph();
                    p.setIndentationLeft(720);
                    inline(p, el, false, true, 10);
                } else {
                    mixed(docx, el, depth);
                }
            }
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                var p = docx.createParagraph();
                p.setSpacingBefore(240);
                int size = switch (el.tagName()) {
                    case "h1" -> 20;
                    case "h2" -> 15;
                    default -> 12;
                };
                inline(p, el, true, false, size);
            }
            case "ul", "ol" -> {
                int n = 0;
                for (var li : el.children()) {
                    n++;
                    var p = docx.createParagraph();
                    p.setIndentationLeft(360 * (depth + 1));
                    var bullet = p.createRun();
                    bullet.setText(el.tagName().equals("ol") ? n + ". " : "• ");
                    for (var child : li.childNodes()) {
                        if (child instanceof Element e && (e.tagName().equals("ul") || e.tagName().equals("ol"))) {
                            block(docx, e, depth + 1);
                        } else if (child instanceof Element e && e.tagName().equals("p")) {
                            inline(p, e, false, false, 11);
                        } else if (child instanceof Element e && e.hasClass("reservation")) {
                            block(docx, e, depth);
                        } else {
                            node(p, child, false, false, 11);
                        }
                    }
                }
            }
            case "blockquote" -> el.children().forEach(c -> {
                var p = docx.createParagraph();
                p.setIndentationLeft(720);
                inline(p, c, false, true, 11);
            });
            case "pre" -> {
                var p = docx.createParagraph();
                var r = p.createRun();
                r.setFontFamily("Courier New");
                var lines = el.wholeText().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(lines[i], i);
                }
            }
            case "hr" -> docx.createParagraph().setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            default -> {
                var p = docx.createParagraph();
                if (el.hasClass("hash") || el.hasClass("meta") || el.hasClass("context")) {
                    p.setAlignment(ParagraphAlignment.LEFT);
                    inline(p, el, false, false, 9);
                } else {
                    inline(p, el, false, false, 11);
                }
            }
        }
    }

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "table");

    /** A container holding blocks and loose inline content: each run of inline content becomes one paragraph. */
    private static void mixed(XWPFDocument docx, Element el, int depth) {
        XWPFParagraph current = null;
        for (var child : el.childNodes()) {
            if (child instanceof Element e && BLOCKS.contains(e.tagName())) {
                current = null;
                block(docx, e, depth);
            } else if (!(child instanceof TextNode t && t.isBlank())) {
                if (current == null) {
                    current = docx.createParagraph();
                }
                node(current, child, false, false, 11);
            }
        }
    }

    private static void inline(XWPFParagraph p, Element el, boolean bold, boolean italic, int size) {
        for (var child : el.childNodes()) {
            node(p, child, bold, italic, size);
        }
    }

    private static void node(XWPFParagraph p, Node node, boolean bold, boolean italic, int size) {
        if (node instanceof TextNode t) {
            if (t.isBlank() && t.text().isEmpty()) {
                return;
            }
            var r = p.createRun();
            r.setText(t.text());
            r.setBold(bold);
            r.setItalic(italic);
            r.setFontSize(size);
        } else if (node instanceof Element e) {
            switch (e.tagName()) {
                case "strong", "b" -> inline(p, e, true, italic, size);
                case "em", "i" -> inline(p, e, bold, true, size);
                case "br" -> p.createRun().addBreak();
                case "a" -> {
                    inline(p, e, bold, italic, size);
                    var href = e.attr("href");
                    if (!href.isBlank() && !href.equals(e.text())) {
                        var r = p.createRun();
                        r.setText(" (" + href + ")");
                        r.setFontSize(size);
                    }
                }
                default -> inline(p, e, bold, italic, size);
            }
        }
    }

    // ---------------------------------------------------------------- Markdown

    /**
     * The Markdown export: the paragraphs' own Markdown with raw HTML neutralised ({@code <} escaped outside
     * code) and {@code javascript:}/{@code data:} link targets replaced, so no viewer runs a script from it.
     */
    static String markdown(ExportDocument d) {
        var out = new StringBuilder();
        out.append("# ").append(escapeLine(d.title())).append("\n\n");
        if (!d.context().isBlank()) {
            out.append("*").append(escapeLine(d.context())).append("*\n\n");
        }
        out.append(escapeLine(d.labels().published() + " " + d.date() + " · " + d.labels().version() + " " + d.number())).append("\n\n");
        if (d.changeNote() != null && !d.changeNote().isBlank()) {
            out.append("> ").append(escapeLine(d.labels().changeNote() + " " + d.changeNote())).append("\n\n");
        }
        for (var section : d.sections()) {
            if (!section.heading().isBlank()) {
                out.append("## ").append(escapeLine(section.heading())).append("\n\n");
            }
            for (var paragraph : section.paragraphs()) {
                out.append(neutralise(paragraph == null ? "" : paragraph.strip())).append("\n\n");
            }
        }
        if (!d.signers().isEmpty()) {
            out.append("## ").append(escapeLine(d.labels().signatories())).append("\n\n");
            for (var s : d.signers()) {
                out.append("- **").append(escapeLine(s.name())).append("**");
                if (!s.organisation().isBlank()) {
                    out.append(", ").append(escapeLine(s.organisation()));
                }
                if (s.reservation() != null && !s.reservation().isBlank()) {
                    out.append("  \n  *").append(escapeLine(d.labels().reservation() + " " + s.reservation())).append("*");
                }
                out.append('\n');
            }
            out.append('\n');
        }
        out.append(escapeLine(d.labels().hash())).append(" `").append(d.hash()).append("`\n");
        return out.toString();
    }

    /** Plain text as Markdown that shows it literally. */
    static String escapeLine(String s) {
        var text = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** Markdown kept as written, except raw HTML and script links: {@code <} escaped outside code. */
    static String neutralise(String markdown) {
        var out = new StringBuilder();
        boolean fenced = false;
        for (var line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                out.append(line);
                continue;
            }
            if (fenced) {
                out.append(line);
                continue;
            }
            boolean code = false;
            var l = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '`') {
                    code = !code;
                }
                if (c == '<' && !code) {
                    l.append("\\<");
                } else {
                    l.append(c);
                }
            }
            out.append(UNSAFE_LINK.matcher(l).replaceAll("](#blocked:"));
        }
        return out.toString();
    }

    private static final String CSS = """
            @page { size: A4; margin: 22mm 20mm 24mm 20mm; }
            body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1d2733; }
            h1 { font-size: 18pt; margin: 0 0 6pt 0; color: #1c4e80; }
            h2 { font-size: 13pt; margin: 16pt 0 6pt 0; color: #1c4e80; }
            .context, .meta { color: #4b5968; margin: 0 0 4pt 0; }
            .change-note { border-left: 3pt solid #c77d00; padding-left: 8pt; color: #5a3a00; }
            .paragraph { margin: 0 0 8pt 0; }
            .paragraph p { margin: 0 0 6pt 0; }
            blockquote { margin: 0 0 6pt 12pt; padding-left: 8pt; border-left: 2pt solid #c9d3de; }
            ul.signatories { padding-left: 14pt; }
            .reservation { font-style: italic; color: #4b5968; }
            .hash { margin-top: 18pt; font-size: 8.5pt; color: #4b5968; word-wrap: break-word; }
            """;
}
