package org.convene.registration;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.i18n.TranslationProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV downloads for organisers. Access is checked by the services ({@code @PreAuthorize}); the
 * security filter chain already requires a signed-in person for {@code /api/**} outside
 * {@code /api/public}.
 */
@RestController
class RegistrationExportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ParticipantExport export;
    private final RegistrationStatistics statistics;

    private final TranslationProvider i18n;

    RegistrationExportController(ParticipantExport export, RegistrationStatistics statistics, TranslationProvider i18n) {
        this.export = export;
        this.statistics = statistics;
        this.i18n = i18n;
    }

    @GetMapping("/api/seminars/{id}/participants.csv")
    ResponseEntity<byte[]> participants(@PathVariable long id, Locale locale) {
        var body = export.participantsCsv(id, locale);
        return csv(export.fileName(id), body);
    }

    @GetMapping("/api/seminars/{id}/statistics.csv")
    ResponseEntity<byte[]> seminarStatistics(@PathVariable long id, Locale locale) {
        return csv("statistics-" + id + ".csv", statistics.csv(statistics.forSeminar(id), locale));
    }

    @GetMapping("/api/statistics.csv")
    ResponseEntity<byte[]> statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      Locale locale) {
        return csv("statistics-" + from + "-" + to + ".csv", statistics.csv(statistics.forPeriod(from, to), locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @ExceptionHandler(ConveneException.class)
    ResponseEntity<String> refused(ConveneException e, Locale locale) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                .body(i18n.getTranslation(e.getMessageKey(), locale, e.getArgs()));
    }

    private static ResponseEntity<byte[]> csv(String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
