package org.convene.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.convene.IntegrationTest;
import org.convene.base.cluster.Draining;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which requests {@link FeedFilter} answers itself and which it leaves to the full chain (security chain,
 * firewall, Spring MVC). What the answers contain is {@code CalendarControllerTest}'s and {@code SecurityHeadersTest}'s
 * (both go through this filter); here, the chain tells who answered.
 */
class FeedFilterTest extends IntegrationTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    Draining draining;
    @Autowired
    ApplicationContext context;

    private final AtomicBoolean passedOn = new AtomicBoolean();
    private final FilterChain chain = (ServletRequest request, ServletResponse response) -> passedOn.set(true);

    private MockHttpServletResponse send(String method, String uri, String query) throws Exception {
        passedOn.set(false);
        var request = new MockHttpServletRequest(method, uri);
        if (query != null) {
            request.setQueryString(query);
            for (var pair : query.split("&")) {
                var kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        var response = new MockHttpServletResponse();
        new FeedFilter(feeds, draining).doFilter(request, response, chain);
        return response;
    }

    @Test
    void the_public_feed_is_answered_here_with_validators_and_its_theme_checked() throws Exception {
        var feed = send("GET", "/calendar/feeds/public.ics", null);
        assertThat(passedOn).isFalse();
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        assertThat(feed.getContentAsString()).startsWith("BEGIN:VCALENDAR");
        assertThat(feed.getHeader("ETag")).isNotBlank();

        var head = send("HEAD", "/calendar/feeds/public.ics", null);
        assertThat(passedOn).isFalse();
        assertThat(head.getContentAsByteArray()).isEmpty();
        assertThat(head.getContentLength()).isEqualTo(feed.getContentAsByteArray().length);

        passedOn.set(false);
        var conditional = new MockHttpServletRequest("GET", "/calendar/feeds/public.ics");
        conditional.addHeader("If-None-Match", feed.getHeader("ETag"));
        var notModified = new MockHttpServletResponse();
        new FeedFilter(feeds, draining).doFilter(conditional, notModified, chain);
        assertThat(passedOn).isFalse();
        assertThat(notModified.getStatus()).isEqualTo(304);

        assertThat(send("GET", "/calendar/feeds/public.ics", "theme=no-such-theme").getStatus()).isEqualTo(400);
        assertThat(send("GET", "/calendar/feeds/public.ics", "theme=prevention&theme=treatment").getStatus()).isEqualTo(400);
        assertThat(passedOn).isFalse();
    }

    @Test
    void a_personal_feed_with_a_well_formed_name_is_answered_here_and_an_unknown_token_is_404() throws Exception {
        var unknown = send("GET", "/calendar/feeds/personal/" + "x".repeat(43) + ".ics", null);
        assertThat(passedOn).isFalse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void other_methods_other_spellings_and_other_paths_go_down_the_full_chain() throws Exception {
        for (var uri : new String[] {"/calendar/feeds/./public.ics", "/calendar/feeds/public.ics;jsessionid=x",
                "/calendar/feeds/%70ublic.ics", "/calendar/feeds/personal/a%2Fb.ics", "/calendar/feeds/personal/x/y.ics",
                "/calendar/feeds/personal/x.ics;a=b", "/calendar/feeds/personal/.ics", "/calendar/seminars/x.ics"}) {
            send("GET", uri, null);
            assertThat(passedOn).as(uri).isTrue();
        }
        for (var method : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "TRACE"}) {
            send(method, "/calendar/feeds/public.ics", null);
            assertThat(passedOn).as(method).isTrue();
        }
    }

    @Test
    void while_the_instance_drains_the_chain_answers_so_that_draining_can_refuse() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            send("GET", "/calendar/feeds/public.ics", null);
            assertThat(passedOn).isTrue();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        send("GET", "/calendar/feeds/public.ics", null);
        assertThat(passedOn).isFalse();
    }
}
