package org.convene.base.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The firewall's header rules as loops say what Spring Security's regular expressions say. */
class FirewallTest {

    /** Spring Security's own patterns (StrictHttpFirewall). */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void the_loops_agree_with_the_regular_expressions_on_every_kind_of_code_point() {
        var samples = new java.util.ArrayList<String>(java.util.List.of("", "Accept", "text/calendar; q=0.9",
                "a\tb", "\t", "a\u0000b", "\u007F", "\u0085", "\u009F", "caf\u00E9", "\u20AC 5", "\uD83D\uDE00",
                "\uD83D", "\uDE00x", "\u0378", "x\uFFFF", "\r\n", "é\u2028", "\u00A0"));
        var random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                // ASCII, Latin-1, the BMP and beyond (including unassigned and surrogate code points).
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> random.nextInt(0x100);
                    case 2 -> random.nextInt(0x10000);
                    default -> random.nextInt(0x110000);
                };
                text.appendCodePoint(cp);
            }
            samples.add(text.toString());
        }
        for (var s : samples) {
            assertThat(Firewall.allowed(s, false)).as("name %s", s.codePoints().boxed().toList()).isEqualTo(NAMES.matcher(s).matches());
            assertThat(Firewall.allowed(s, true)).as("value %s", s.codePoints().boxed().toList()).isEqualTo(VALUES.matcher(s).matches());
        }
    }

    @Test
    void a_request_whose_header_holds_a_control_character_is_rejected_when_the_header_is_read() {
        var request = new MockHttpServletRequest("GET", "/calendar/feeds/public.ics");
        request.addHeader("X-Test", "fine\tvalue");
        request.addHeader("X-Bad", "bad\u0001value");
        var firewalled = Firewall.strict().getFirewalledRequest(request);
        assertThat(firewalled.getHeader("X-Test")).isEqualTo("fine\tvalue");
        assertThatThrownBy(() -> firewalled.getHeader("X-Bad")).isInstanceOf(RequestRejectedException.class);
    }
}
