package org.convene.document;

/**
 * What people write about an item. {@code visibility} null means "as the folder".
 * {@code language} is an ISO 639 code or empty.
 */
public record ItemDetails(String title, String description, String language, DocumentVisibility visibility) {

    public static ItemDetails titled(String title) {
        return new ItemDetails(title, "", "", null);
    }
}
