package org.convene.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.seminar.Theme;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The .ics downloads and feeds (GET and HEAD; conditional requests answer 304 through ETag and
 * Last-Modified). Unknown, hidden and malformed look the same: 404, never a hint which.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String SUFFIX = ".ics";

    private final CalendarFeedService feeds;
    private final MyInvitationService invitations;

    CalendarController(CalendarFeedService feeds, MyInvitationService invitations) {
        this.feeds = feeds;
        this.invitations = invitations;
    }

    /** The signed-in person's own invitation (METHOD:REQUEST, them as the only ATTENDEE). */
    @GetMapping("/api/my/seminars/{publicId}/invitation.ics")
    ResponseEntity<byte[]> myInvitation(@PathVariable String publicId, HttpMethod method) {
        return serve(method, invitations.invitation(publicId), false, CacheControl.noStore());
    }

    @GetMapping("/calendar/seminars/{file}")
    ResponseEntity<byte[]> seminar(@PathVariable String file, HttpMethod method) {
        return serve(method, name(file).flatMap(feeds::seminar), false, CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }

    @GetMapping("/calendar/feeds/public.ics")
    ResponseEntity<byte[]> publicFeed(@RequestParam(name = "theme", required = false) List<String> theme,
                                      HttpMethod method) {
        Theme chosen = null;
        if (theme != null && !theme.isEmpty()) {
            if (theme.size() > 1) {
                return ResponseEntity.badRequest().build();
            }
            var value = theme.getFirst().strip();
            if (!value.isEmpty()) {
                chosen = parseTheme(value);
                if (chosen == null) {
                    return ResponseEntity.badRequest().build();
                }
            }
        }
        return serve(method, Optional.of(feeds.publicFeed(chosen)), true, CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic());
    }

    @GetMapping("/calendar/feeds/personal/{file}")
    ResponseEntity<byte[]> personalFeed(@PathVariable String file, HttpMethod method) {
        return serve(method, name(file).flatMap(feeds::personalFeed), true,
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate().mustRevalidate());
    }

    private static ResponseEntity<byte[]> serve(HttpMethod method, Optional<IcsDocument> document, boolean inline,
                                                CacheControl cache) {
        if (document.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        var doc = document.get();
        var disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(doc.fileName()).build();
        var response = ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(cache)
                .eTag(doc.etag());
        if (doc.lastModified() != null) {
            response.lastModified(doc.lastModified());
        }
        var bytes = doc.bytes();
        // HEAD: the same headers, no body (the servlet container would drop it; tests see the difference).
        return HttpMethod.HEAD.equals(method) ? response.contentLength(bytes.length).build() : response.body(bytes);
    }

    /** "abc.ics" gives "abc"; anything else (other suffix, odd characters, too long) gives nothing. */
    private static Optional<String> name(String file) {
        if (file == null || !file.endsWith(SUFFIX) || file.length() > 80) {
            return Optional.empty();
        }
        var name = file.substring(0, file.length() - SUFFIX.length());
        return name.matches("[A-Za-z0-9_-]{1,64}") ? Optional.of(name) : Optional.empty();
    }

    private static Theme parseTheme(String value) {
        if (value.length() > 50) {
            return null;
        }
        try {
            return Theme.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
