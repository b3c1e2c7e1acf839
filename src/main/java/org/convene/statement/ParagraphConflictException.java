package org.convene.statement;

import org.convene.base.ConveneException;

/**
 * A save was based on a version that is no longer the current one: nothing was stored. Carries the
 * current text and version so that the author can compare, merge and save again on top of it.
 */
public class ParagraphConflictException extends ConveneException {

    private final long paragraphId;
    private final long currentVersion;
    private final String currentText;
    private final transient Long currentAuthorId;

    public ParagraphConflictException(long paragraphId, long currentVersion, String currentText, Long currentAuthorId) {
        super("statement.error.conflict");
        this.paragraphId = paragraphId;
        this.currentVersion = currentVersion;
        this.currentText = currentText;
        this.currentAuthorId = currentAuthorId;
    }

    public long getParagraphId() {
        return paragraphId;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }

    public String getCurrentText() {
        return currentText;
    }

    /** Who saved the current version (null when unknown or the account is gone). */
    public Long getCurrentAuthorId() {
        return currentAuthorId;
    }
}
