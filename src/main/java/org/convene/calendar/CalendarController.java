package org.convene.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.convene.base.Tokens;
import org.convene.seminar.Theme;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The .ics downloads and feeds (GET and HEAD; conditional requests answer 304 through ETag and
 * Last-Modified). Unknown, hidden and malformed look the same: 404, never a hint which.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String TEXT_CALENDAR_VALUE = TEXT_CALENDAR.toString();
    private static final String NO_STORE = CacheControl.noStore().getHeaderValue();
    private static final String SEMINAR_CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();
    private static final String PUBLIC_FEED_CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic().getHeaderValue();
    private static final String PERSONAL_FEED_CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate().mustRevalidate().getHeaderValue();
    private static final String SUFFIX = ".ics";
    /** Tomcat's sendfile request attributes ({@code org.apache.catalina.Globals}). */
    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    private static final String SENDFILE_NAME = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final CalendarFeedService feeds;
    private final MyInvitationService invitations;

    CalendarController(CalendarFeedService feeds, MyInvitationService invitations) {
        this.feeds = feeds;
        this.invitations = invitations;
    }

    /** The signed-in person's own invitation (METHOD:REQUEST, them as the only ATTENDEE). */
    @GetMapping("/api/my/seminars/{publicId}/invitation.ics")
    void myInvitation(@PathVariable String publicId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        serve(request, response, invitations.invitation(publicId), false, NO_STORE);
    }

    @GetMapping("/calendar/seminars/{file}")
    void seminar(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, name(file).flatMap(feeds::seminar), false, SEMINAR_CACHE);
    }

    /** Reached only by requests {@link FeedFilter} leaves to the full chain (an odd spelling of the path). */
    @GetMapping("/calendar/feeds/public.ics")
    void publicFeed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        servePublicFeed(feeds, request, response);
    }

    /**
     * The public feed, optionally of one theme ({@code ?theme=}, once; anything else is 400). The parameter is
     * read directly: {@code @RequestParam}'s resolution (multipart check, conversion to a list that splits at
     * commas) was 3% of the feed's CPU. A comma never makes a valid theme: 400 either way.
     */
    static void servePublicFeed(CalendarFeedService feeds, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var theme = request.getParameterValues("theme");
        Theme chosen = null;
        if (theme != null && theme.length > 0) {
            if (theme.length > 1) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            var value = theme[0].strip();
            if (!value.isEmpty()) {
                chosen = parseTheme(value);
                if (chosen == null) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        }
        serve(request, response, Optional.of(feeds.publicFeed(chosen)), true, PUBLIC_FEED_CACHE);
    }

    @GetMapping("/calendar/feeds/personal/{file}")
    void personalFeed(@PathVariable String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        servePersonalFeed(feeds, file, request, response);
    }

    /** A person's feed by its file name ({@code token.ics}): 404 for a malformed, unknown or revoked token. */
    static void servePersonalFeed(CalendarFeedService feeds, String file, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        serve(request, response, name(file).flatMap(feeds::personalFeed), true, PERSONAL_FEED_CACHE);
    }

    /**
     * Writes the document straight to the response, with the headers a {@code ResponseEntity} of it had (same
     * values, same 304 and 412 answers: conditional requests go through Spring's
     * {@link ServletWebRequest#checkNotModified(String, long)} as before). Spring MVC's return value handling
     * formatted Last-Modified, parsed it back to check the request, formatted it again, then chose a message
     * converter: 15% of a cached feed's CPU in FeedBenchmark's profile, for bytes that are ready.
     */
    static void serve(HttpServletRequest request, HttpServletResponse response, Optional<IcsDocument> document,
                              boolean inline, String cacheControl) throws IOException {
        if (document.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
            return;
        }
        var doc = document.get();
        var bytes = doc.bytes();
        var head = "HEAD".equals(request.getMethod());
        response.setContentType(TEXT_CALENDAR_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(doc.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (head) {
            // HEAD: the same headers, no body (the servlet container would drop it; tests see the difference).
            response.setContentLength(bytes.length);
        }
        if (conditional(request)) {
            var lastModified = doc.lastModified() == null ? -1 : doc.lastModified().getEpochSecond() * 1000;
            if (new ServletWebRequest(request, response).checkNotModified(doc.etag(), lastModified)) {
                return;
            }
        } else {
            response.setHeader(HttpHeaders.ETAG, doc.etag());
            if (doc.lastModifiedHeader() != null) {
                response.setHeader(HttpHeaders.LAST_MODIFIED, doc.lastModifiedHeader());
            }
        }
        if (!head) {
            response.setContentLength(bytes.length);
            var file = Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT)) ? doc.file() : null;
            if (file != null) {
                // Tomcat sends the file once this request's processing returns, without copying it (FeedFiles).
                request.setAttribute(SENDFILE_NAME, file.toString());
                request.setAttribute(SENDFILE_START, 0L);
                request.setAttribute(SENDFILE_END, (long) bytes.length);
            } else {
                response.getOutputStream().write(bytes);
            }
        }
    }

    private static boolean conditional(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || request.getHeader(HttpHeaders.IF_MATCH) != null || request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
    }

    /** "abc.ics" gives "abc" (1 to 64 of A-Z a-z 0-9 _ -); anything else (other suffix, odd characters, too long) gives nothing. */
    static Optional<String> name(String file) {
        if (file == null || !file.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        var length = file.length() - SUFFIX.length();
        return length >= 1 && length <= 64 && Tokens.urlSafe(file, 0, length)
                ? Optional.of(file.substring(0, length)) : Optional.empty();
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
