package org.convene.certificate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A participant's own certificate (PDF) and all of a seminar's certificates for organisers (a ZIP
 * written to the response as each PDF is rendered). Access is the service's: 404 for a certificate
 * one cannot have, 403 for a ZIP one may not take.
 */
@RestController
class CertificateController {

    private final CertificateService certificates;
    private final CertificatePdf pdf;

    CertificateController(CertificateService certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @GetMapping("/api/my/seminars/{publicId}/certificate.pdf")
    ResponseEntity<byte[]> mine(@PathVariable String publicId, @RequestParam(name = "lang", required = false) String lang,
                                Locale requestLocale) {
        var certificate = certificates.mine(publicId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(certificate)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.render(certificate, locale(lang, requestLocale)));
    }

    @GetMapping("/api/seminars/{seminarId}/certificates.zip")
    ResponseEntity<StreamingResponseBody> all(@PathVariable long seminarId,
                                              @RequestParam(name = "lang", required = false) String lang,
                                              Locale requestLocale) {
        var list = certificates.all(seminarId);
        var locale = locale(lang, requestLocale);
        StreamingResponseBody body = out -> {
            var zip = new ZipOutputStream(out);
            var names = new HashSet<String>();
            for (var c : list) {
                var name = fileName(c);
                if (!names.add(name)) {
                    name = name.replace(".pdf", "-" + c.code().substring(0, 6).toLowerCase(Locale.ROOT) + ".pdf");
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(pdf.render(c, locale));
                zip.closeEntry();
            }
            zip.finish();
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificates-" + seminarId + ".zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** "certificate-ines-lefevre.pdf": ASCII, safe in every browser and ZIP tool. */
    static String fileName(Certificate c) {
        var ascii = Normalizer.normalize(c.fullName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60);
        }
        return "certificate" + (ascii.isEmpty() ? "-" + c.code().substring(0, 6).toLowerCase(Locale.ROOT) : "-" + ascii) + ".pdf";
    }

    private static Locale locale(String lang, Locale requestLocale) {
        return "fr".equals(lang) || lang == null && "fr".equals(requestLocale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<Void> denied() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }

    @ExceptionHandler(ConveneException.class)
    ResponseEntity<Void> refused() {
        return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }

}
