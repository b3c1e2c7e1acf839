package org.convene.registration;

import java.util.Locale;
import org.convene.base.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The participant list as PDF for the seminar's confirmed participants; 404 for everybody else. */
@RestController
class ParticipantListController {

    private final ParticipantListService lists;

    ParticipantListController(ParticipantListService lists) {
        this.lists = lists;
    }

    @GetMapping("/api/seminars/{publicId}/participant-list.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String publicId, @RequestParam(name = "lang", required = false) String lang,
                               Locale requestLocale) {
        var locale = "fr".equals(lang) || lang == null && "fr".equals(requestLocale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        var body = lists.pdf(publicId, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("participants-" + publicId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
