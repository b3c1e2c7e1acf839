package org.convene.statement;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-by-word differences between two texts (java-diff-utils' Myers diff over word, space and
 * punctuation tokens), as segments kept, removed or added, in reading order.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_'’]+|[^\\s\\p{L}\\p{N}_'’]");

    /** A run of text that both have, only the old one has, or only the new one has. */
    public record Segment(Kind kind, String text) {
        public enum Kind { SAME, REMOVED, ADDED }
    }

    private WordDiff() {
    }

    public static List<Segment> of(String before, String after) {
        var a = tokens(before);
        var b = tokens(after);
        var out = new ArrayList<Segment>();
        var index = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            var source = delta.getSource();
            add(out, Segment.Kind.SAME, a.subList(index, source.getPosition()));
            add(out, Segment.Kind.REMOVED, source.getLines());
            add(out, Segment.Kind.ADDED, delta.getTarget().getLines());
            index = source.getPosition() + source.size();
        }
        add(out, Segment.Kind.SAME, a.subList(index, a.size()));
        return List.copyOf(out);
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Segment.Kind.SAME);
    }

    static List<String> tokens(String text) {
        var list = new ArrayList<String>();
        if (text == null) {
            return list;
        }
        var m = TOKEN.matcher(text);
        while (m.find()) {
            list.add(m.group());
        }
        return list;
    }

    private static void add(List<Segment> out, Segment.Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        var text = String.join("", tokens);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            text = out.removeLast().text() + text;
        }
        out.add(new Segment(kind, text));
    }
}
