package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Large calendars go out as files by sendfile where the container offers it ({@link FeedFiles}). */
class FeedFilesTest {

    private static IcsDocument calendar(int events, String marker) {
        var text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (var i = 0; i < events; i++) {
            text.append("BEGIN:VEVENT\r\nUID:").append(marker).append('-').append(i).append("\r\nSUMMARY:Seminar ").append(i)
                    .append("\r\nEND:VEVENT\r\n");
        }
        return IcsDocument.of(text.append("END:VCALENDAR\r\n").toString(), "convene-seminars.ics", null);
    }

    @Test
    void one_file_per_content_holding_exactly_the_bytes_and_files_unused_for_ten_minutes_go() throws Exception {
        var big = calendar(2_000, "a");
        assertThat(big.bytes().length).isGreaterThanOrEqualTo(FeedFiles.SENDFILE_MIN);
        var file = big.file();
        assertThat(Files.readAllBytes(file)).isEqualTo(big.bytes());
        assertThat(calendar(2_000, "a").file()).as("the same content, rendered again").isEqualTo(file);
        assertThat(calendar(10, "a").file()).as("small: sent as it is").isNull();

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(FeedFiles.UNUSED).minusSeconds(1)));
        var other = calendar(2_000, "b").file();
        assertThat(other).isNotEqualTo(file).exists();
        assertThat(file).as("unused for ten minutes").doesNotExist();
        assertThat(other.getParent()).isEqualTo(FeedFiles.directory());
    }

    @Test
    void with_sendfile_the_container_gets_the_file_and_the_length_otherwise_the_bytes_are_written() throws Exception {
        var big = calendar(2_000, "c");
        var request = new MockHttpServletRequest("GET", "/calendar/feeds/public.ics");
        request.setAttribute(CalendarController.SENDFILE_SUPPORT, Boolean.TRUE);
        var response = new MockHttpServletResponse();
        CalendarController.serve(request, response, Optional.of(big), true, "public");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getContentLength()).isEqualTo(big.bytes().length);
        assertThat(request.getAttribute("org.apache.tomcat.sendfile.filename")).isEqualTo(big.file().toString());
        assertThat(request.getAttribute("org.apache.tomcat.sendfile.start")).isEqualTo(0L);
        assertThat(request.getAttribute("org.apache.tomcat.sendfile.end")).isEqualTo((long) big.bytes().length);
        assertThat(response.getHeader("ETag")).isEqualTo(big.etag());

        var plain = new MockHttpServletRequest("GET", "/calendar/feeds/public.ics");
        var written = new MockHttpServletResponse();
        CalendarController.serve(plain, written, Optional.of(big), true, "public");
        assertThat(written.getContentAsByteArray()).isEqualTo(big.bytes());
        assertThat(plain.getAttribute("org.apache.tomcat.sendfile.filename")).isNull();

        var head = new MockHttpServletRequest("HEAD", "/calendar/feeds/public.ics");
        head.setAttribute(CalendarController.SENDFILE_SUPPORT, Boolean.TRUE);
        var headers = new MockHttpServletResponse();
        CalendarController.serve(head, headers, Optional.of(big), true, "public");
        assertThat(head.getAttribute("org.apache.tomcat.sendfile.filename")).isNull();
        assertThat(headers.getContentLength()).isEqualTo(big.bytes().length);
    }
}
