package org.convene.statement;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.convene.base.Sha256;

/**
 * The canonical text of a statement version and its SHA-256 content hash, the fingerprint shown at
 * sign-off and on every published page and export. Anyone can recompute it from the Markdown export.
 *
 * <h2>Canonical form (version 1)</h2>
 * UTF-8 bytes of the following lines, each ended by one LF ({@code \n}):
 * <pre>
 * convene-statement/1
 * title: &lt;title&gt;
 * language: &lt;language code&gt;
 * § &lt;s&gt; &lt;section heading&gt;          (one per section, s = 1, 2, ... in order)
 * ¶ &lt;s&gt;.&lt;p&gt;                       (one per paragraph, p = 1, 2, ... within its section)
 * &lt;paragraph Markdown, one or more lines&gt;
 * </pre>
 * Before writing, every piece of text is normalised: Unicode NFC; CR LF and lone CR become LF; tabs
 * and other horizontal whitespace at the end of each line are removed; blank lines at the start and end
 * of a paragraph are removed; the title, language and headings are single lines, trimmed (line breaks
 * inside them become one space). Deleted paragraphs are not part of the text; an empty paragraph is kept
 * as its {@code ¶} line alone. The hash is over the <em>Markdown source</em>, not the rendered HTML, so
 * a change of renderer never changes a hash. Comments, proposals, checklist answers and signatories are
 * not part of the text.
 */
public final class CanonicalText {

    public static final String HEADER = "convene-statement/1";

    /** One section of the text, its paragraphs' Markdown in order. */
    public record Section(String heading, List<String> paragraphs) {
        public Section {
            heading = heading == null ? "" : heading;
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private CanonicalText() {
    }

    public static String of(String title, String language, List<Section> sections) {
        var out = new StringBuilder(HEADER).append('\n');
        out.append("title: ").append(line(title)).append('\n');
        out.append("language: ").append(line(language)).append('\n');
        int s = 0;
        for (var section : sections) {
            s++;
            var heading = line(section.heading());
            out.append("§ ").append(s).append(heading.isEmpty() ? "" : " " + heading).append('\n');
            int p = 0;
            for (var paragraph : section.paragraphs()) {
                p++;
                out.append("¶ ").append(s).append('.').append(p).append('\n');
                var body = block(paragraph);
                if (!body.isEmpty()) {
                    out.append(body).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Lower-case hexadecimal SHA-256 of the canonical text's UTF-8 bytes (64 characters). */
    public static String sha256(String canonical) {
        return Sha256.hex(canonical);
    }

    public static String hash(String title, String language, List<Section> sections) {
        return sha256(of(title, language, sections));
    }

    /** The hash in groups of eight, easier to read aloud and compare on paper. */
    public static String grouped(String hash) {
        Objects.requireNonNull(hash);
        var out = new StringBuilder();
        for (int i = 0; i < hash.length(); i += 8) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hash, i, Math.min(hash.length(), i + 8));
        }
        return out.toString();
    }

    private static String line(String s) {
        return normalise(s).replace('\n', ' ').strip();
    }

    private static String block(String s) {
        var lines = normalise(s).split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isEmpty()) {
            from++;
        }
        while (to > from && lines[to - 1].isEmpty()) {
            to--;
        }
        return String.join("\n", List.of(lines).subList(from, to));
    }

    private static String normalise(String s) {
        if (s == null) {
            return "";
        }
        var text = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        var out = new StringBuilder(text.length());
        for (var l : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(l.stripTrailing());
        }
        return out.toString();
    }
}
