package org.convene.statement;

/** The downloads of a published statement. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    HTML("html", "text/html;charset=UTF-8"),
    MARKDOWN("md", "text/markdown;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {
    }
}
