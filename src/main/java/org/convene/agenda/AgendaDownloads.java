package org.convene.agenda;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.convene.base.i18n.TranslationProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published agenda as PDF and .ics. Access is the service's rule (the seminar page's): an
 * unknown seminar, a hidden one and an unpublished agenda all answer 404 alike.
 */
@RestController
class AgendaDownloads {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final AgendaService agendas;
    private final AgendaPdf pdf;
    private final AgendaCalendar calendar;

    AgendaDownloads(AgendaService agendas, AgendaPdf pdf, AgendaCalendar calendar) {
        this.agendas = agendas;
        this.pdf = pdf;
        this.calendar = calendar;
    }

    @GetMapping("/api/public/seminars/{publicId}/agenda.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String publicId, @RequestParam(name = "lang", required = false) String lang,
                               Locale requestLocale) {
        var agenda = agendas.published(publicId).filter(PublishedAgenda::isPublished).orElse(null);
        if (agenda == null) {
            return ResponseEntity.notFound().build();
        }
        var locale = lang != null ? Locale.forLanguageTag(lang) : requestLocale;
        locale = TranslationProvider.FRENCH.getLanguage().equals(locale.getLanguage())
                ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH;
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(agenda, "pdf"))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(pdf.render(agenda, locale));
    }

    @GetMapping("/calendar/seminars/{publicId}/agenda.ics")
    ResponseEntity<byte[]> ics(@PathVariable String publicId) {
        var agenda = agendas.published(publicId).filter(PublishedAgenda::isPublished).orElse(null);
        if (agenda == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(agenda, "ics"))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(calendar.render(agenda).getBytes(StandardCharsets.UTF_8));
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
