package org.convene.statement;

import java.util.Optional;

/**
 * What other modules (e-mails) may know of a statement, without access checks: for system reactions only.
 */
public interface StatementDirectory {

    /** Title and the paths (relative to the public URL) of its working page and its published page. */
    record Facts(long id, String publicId, String title, String workPath, String publicPath) {
    }

    Optional<Facts> forSystem(long statementId);
}
