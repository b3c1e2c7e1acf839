package org.convene.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Stream;
import org.convene.base.i18n.TranslationProvider;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The published agenda as PDF and .ics. Access is the service's rule (the seminar page's): an
 * unknown seminar, a hidden one and an unpublished agenda all answer 404 alike. Both carry a weak
 * ETag (a hash of everything the file is made from) and Last-Modified, answer 304 to a matching
 * If-None-Match or If-Modified-Since without rendering anything, and answer HEAD (Spring MVC maps
 * HEAD to these GET mappings and sends the headers only).
 */
@RestController
class AgendaDownloads {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final AgendaPublishingService agendas;
    private final AgendaPdf pdf;
    private final AgendaCalendar calendar;
    private final SeminarService seminars;

    AgendaDownloads(AgendaPublishingService agendas, AgendaPdf pdf, AgendaCalendar calendar, SeminarService seminars) {
        this.agendas = agendas;
        this.pdf = pdf;
        this.calendar = calendar;
        this.seminars = seminars;
    }

    @GetMapping("/api/public/seminars/{publicId}/agenda.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String publicId, @RequestParam(name = "lang", required = false) String lang,
                               Locale requestLocale, WebRequest request, HttpMethod method) {
        var agenda = agendas.published(publicId).filter(PublishedAgenda::isPublished).orElse(null);
        if (agenda == null) {
            return ResponseEntity.notFound().build();
        }
        var locale = lang != null ? Locale.forLanguageTag(lang) : requestLocale;
        locale = TranslationProvider.FRENCH.getLanguage().equals(locale.getLanguage())
                ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH;
        var etag = etag(agenda, "pdf/" + locale.toLanguageTag());
        var modified = lastModified(agenda, publicId);
        if (request.checkNotModified(etag, modified.toEpochMilli())) {
            return notModified(etag, modified);
        }
        var ok = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(etag)
                .lastModified(modified)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(agenda, "pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        return send(method, ok, pdf.render(agenda, locale));
    }

    @GetMapping("/calendar/seminars/{publicId}/agenda.ics")
    ResponseEntity<byte[]> ics(@PathVariable String publicId, WebRequest request, HttpMethod method) {
        var agenda = agendas.published(publicId).filter(PublishedAgenda::isPublished).orElse(null);
        if (agenda == null) {
            return ResponseEntity.notFound().build();
        }
        var etag = etag(agenda, "ics");
        var modified = lastModified(agenda, publicId);
        if (request.checkNotModified(etag, modified.toEpochMilli())) {
            return notModified(etag, modified);
        }
        var ok = ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .eTag(etag)
                .lastModified(modified)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(agenda, "ics"))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        return send(method, ok, calendar.render(agenda).getBytes(StandardCharsets.UTF_8));
    }

    /** HEAD: the same headers, Content-Length included, and no body. */
    private static ResponseEntity<byte[]> send(HttpMethod method, ResponseEntity.BodyBuilder ok, byte[] body) {
        ok.contentLength(body.length);
        return HttpMethod.HEAD.equals(method) ? ok.build() : ok.body(body);
    }

    private static ResponseEntity<byte[]> notModified(String etag, Instant modified) {
        return ResponseEntity.status(304).eTag(etag).lastModified(modified)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /**
     * Weak: the same inputs give the same file for a reader, not the same bytes (the PDF's creation
     * date, the .ics DTSTAMP). The record's text holds every field the renderers use, seminar
     * title and place included.
     */
    static String etag(PublishedAgenda agenda, String variant) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((RENDERING + "|" + variant + "|" + agenda).getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Raise when the PDF or .ics layout changes, so that readers fetch the new rendering (2: the .ics comes
     * from the calendar module's one renderer, its PRODID and property order).
     */
    private static final int RENDERING = 2;

    /** The latest of the publication, any published item's change and the seminar's own change. */
    private Instant lastModified(PublishedAgenda agenda, String publicId) {
        return Stream.concat(
                        Stream.of(agenda.publishedAt(),
                                seminars.findByPublicId(publicId).map(SeminarDetails::updatedAt).orElse(null)),
                        agenda.entries().stream().map(AgendaEntry::lastModified))
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static String disposition(PublishedAgenda agenda, String extension) {
        return ContentDisposition.attachment().filename(fileName(agenda.seminarTitle(), extension)).build().toString();
    }

    /** "agenda-2nd-international-capacity-building-seminar.pdf": ASCII, short, safe in every browser. */
    static String fileName(String title, String extension) {
        var ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            var cut = ascii.lastIndexOf('-', 60);
            ascii = ascii.substring(0, cut > 20 ? cut : 60).replaceAll("-+$", "");
        }
        return "agenda" + (ascii.isEmpty() ? "" : "-" + ascii) + "." + extension;
    }
}
