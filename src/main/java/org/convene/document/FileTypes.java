package org.convene.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.tika.Tika;

/**
 * The types a library accepts, detected from the first bytes with Apache Tika (the name only
 * refines what the bytes say: a .docx is a ZIP inside), never from the extension alone.
 */
final class FileTypes {

    private static final Tika TIKA = new Tika();

    /** Accepted media types, with the short label the list shows. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.ms-excel", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.ms-powerpoint", "PowerPoint"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument"),
            Map.entry("text/plain", "Text"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/csv", "CSV"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("application/zip", "ZIP"));

    /** Extensions for the browser's file picker (a first hint; the server decides). */
    static final String[] EXTENSIONS = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
        ".odp", ".txt", ".md", ".csv", ".png", ".jpg", ".jpeg", ".zip"};

    private FileTypes() {
    }

    /** The type of a stream that supports mark/reset; the stream is back at its start afterwards. */
    static String detect(InputStream in, String fileName) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("stream must support mark/reset");
        }
        return TIKA.detect(in, fileName);
    }

    static boolean allowed(String mediaType) {
        return ALLOWED.containsKey(mediaType);
    }

    /** Types a browser may show inline (preview): PDF and images. */
    static boolean previewable(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals("image/png") || mediaType.equals("image/jpeg");
    }
}
