package org.convene.statement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A statement's live body: its sections in order, each with its paragraphs in order (deleted ones left out). */
public record StatementBody(long statementId, List<SectionView> sections) {

    public Stream<ParagraphView> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream());
    }

    public Optional<ParagraphView> paragraph(long paragraphId) {
        return paragraphs().filter(p -> p.id() == paragraphId).findFirst();
    }

    /** The whole text as Markdown: each section title as a level-2 heading, paragraphs separated by a blank line. */
    public String markdown() {
        var out = new StringBuilder();
        for (var s : sections) {
            if (!s.title().isBlank()) {
                out.append("## ").append(s.title()).append("\n\n");
            }
            for (var p : s.paragraphs()) {
                out.append(p.text()).append("\n\n");
            }
        }
        return out.toString().strip() + "\n";
    }
}
