package org.convene.statement;

import java.util.List;

/** What an organiser enters to define a review checklist; items in their order. */
public record ChecklistForm(String title, String description, List<Item> items) {

    public record Item(Long id, String question, String guidance) {
    }
}
