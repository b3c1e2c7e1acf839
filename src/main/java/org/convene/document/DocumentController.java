package org.convene.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files over HTTP. Downloads live under {@code /api/public/} because public documents are for
 * visitors too; the service applies the same rule as the views (what the caller may not see is
 * 404). Answers carry Content-Length, a strong ETag (the content's SHA-256), RFC 6266
 * {@code filename*}, and honour a single Range (206, 416) so PDF viewers and resumed downloads work.
 * Uploads (raw request body, streamed) need a signed-in person who may add to the folder.
 */
@RestController
class DocumentController {

    private final DocumentFileService files;

    DocumentController(DocumentFileService files) {
        this.files = files;
    }

    @GetMapping("/api/public/documents/items/{itemId}")
    void download(@PathVariable long itemId, @RequestParam(name = "v", required = false) Integer version,
                  @RequestParam(name = "inline", defaultValue = "false") boolean inline,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        var d = files.open(itemId, version);
        var etag = "\"" + d.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        var ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        var parsed = ifRange != null && !ifRange.strip().equals(etag)
                ? new ByteRange.Parsed(ByteRange.Outcome.WHOLE, null)
                : ByteRange.parse(request.getHeader(HttpHeaders.RANGE), d.size());
        if (parsed.outcome() == ByteRange.Outcome.UNSATISFIABLE) {
            response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + d.size());
            response.setContentLength(0);
            return;
        }
        response.setContentType(d.mediaType());
        var preview = inline && d.previewable();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(preview ? "inline" : "attachment", d.fileName()));
        if (preview) {
            // The preview dialog shows PDFs and images in a frame of this application, nowhere else.
            org.convene.base.security.SecurityHeaders.allowFramingBySameOrigin(response);
        }
        long from = 0;
        long to = d.size() - 1;
        if (parsed.outcome() == ByteRange.Outcome.RANGE) {
            from = parsed.range().from();
            to = parsed.range().to();
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + to + "/" + d.size());
        }
        response.setContentLengthLong(to - from + 1);
        if ("HEAD".equalsIgnoreCase(request.getMethod())) {
            return;
        }
        files.write(d, from, to, response.getOutputStream());
    }

    @GetMapping("/api/public/documents/folders/{folderId}/zip")
    void zip(@PathVariable long folderId, HttpServletResponse response) throws IOException {
        var name = files.zipName(folderId);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", name));
        files.zip(folderId, response.getOutputStream());
    }

    /** A new item from the raw request body; {@code name} is the file name. */
    @PostMapping("/api/documents/folders/{folderId}/files")
    ResponseEntity<Map<String, Long>> upload(@PathVariable long folderId, @RequestParam String name,
                                             HttpServletRequest request) throws IOException {
        var id = files.upload(folderId, name, request.getInputStream(), null);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    /** A new version of a file item from the raw request body. */
    @PostMapping("/api/documents/items/{itemId}/versions")
    ResponseEntity<Map<String, Integer>> newVersion(@PathVariable long itemId, @RequestParam String name,
                                                    HttpServletRequest request) throws IOException {
        var number = files.newVersion(itemId, name, request.getInputStream());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("version", number));
    }

    /** RFC 6266: an ASCII fallback and the exact UTF-8 name in {@code filename*}. */
    static String disposition(String type, String fileName) {
        var ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? (char) c : '_'));
        var encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (var tag : ifNoneMatch.split(",")) {
            var t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @ExceptionHandler(DocumentCorruptedException.class)
    ResponseEntity<Map<String, String>> corrupted(DocumentCorruptedException e) {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("error", e.getMessageKey()));
    }

    /** 507 Insufficient Storage: the request was right, the server has no room for it now (nothing was saved). */
    @ExceptionHandler(DocumentStoreFullException.class)
    ResponseEntity<Map<String, Object>> noRoom(DocumentStoreFullException e) {
        return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(Map.of("error", e.getMessageKey(), "args", e.getArgs()));
    }

    @ExceptionHandler(ConveneException.class)
    ResponseEntity<Map<String, Object>> refused(ConveneException e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", e.getMessageKey(), "args", e.getArgs()));
    }
}
