package org.convene.document;

import java.util.Map;
import java.util.Optional;

/**
 * The folders every new library gets are stored under their English names; readers see them in their
 * own language (pages and e-mails alike). Folders people named or renamed keep their own names.
 */
public final class FolderNames {

    private static final Map<String, String> DEFAULTS = Map.of(
            "Background", "background", "Presentations", "presentations", "Reports", "reports",
            "Outcome", "outcome", "Working documents", "working-documents");

    private FolderNames() {
    }

    /** The translation key of a default folder's name ({@code document.folder.default.reports}), or empty. */
    public static Optional<String> translationKey(String storedName) {
        return Optional.ofNullable(DEFAULTS.get(storedName)).map(k -> "document.folder.default." + k);
    }
}
