package org.convene.statement;

import java.util.List;

/** A review checklist as the UI sees it. */
public record ChecklistDefinition(long id, String title, String description, List<Item> items) {

    public record Item(long id, int position, String question, String guidance) {
    }

    static ChecklistDefinition of(ReviewChecklist c) {
        return new ChecklistDefinition(c.getId(), c.getTitle(), c.getDescription(), c.getItems().stream()
                .map(i -> new Item(i.getId(), i.getPosition(), i.getQuestion(), i.getGuidance())).toList());
    }
}
