package org.convene.statement;

import java.util.Locale;
import org.convene.base.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a published version: {@code /api/public/statements/{publicId}/{number}.{pdf|docx|html|md}}.
 * The same access rule as the page (public, or group-only: 404 for others). HTML is sent as an attachment
 * with a Content-Security-Policy that forbids scripts, on top of the sanitizing.
 */
@RestController
class StatementDownloads {

    private final PublicationService publications;

    StatementDownloads(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping("/api/public/statements/{publicId}/{number}.{ext}")
    ResponseEntity<byte[]> download(@PathVariable String publicId, @PathVariable int number, @PathVariable String ext) {
        var format = switch (ext.toLowerCase(Locale.ROOT)) {
            case "pdf" -> ExportFormat.PDF;
            case "docx" -> ExportFormat.DOCX;
            case "html" -> ExportFormat.HTML;
            case "md" -> ExportFormat.MARKDOWN;
            default -> null;
        };
        if (format == null) {
            return ResponseEntity.notFound().build();
        }
        ExportFormat.Download file;
        try {
            file = publications.export(publicId, number, format);
        } catch (NotFoundException e) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(file.content());
    }
}
