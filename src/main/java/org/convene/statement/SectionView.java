package org.convene.statement;

import java.util.List;

/** A live section: position 1..n in the statement, its title (may be empty) and its paragraphs in order. */
public record SectionView(long id, int position, String title, List<ParagraphView> paragraphs) {
}
