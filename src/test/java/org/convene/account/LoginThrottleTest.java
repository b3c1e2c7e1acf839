package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;
import org.convene.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 10, item 4: repeated failures per account and per address are refused for a while, revealing nothing. */
class LoginThrottleTest extends IntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void setUpMvc() {
    }

    private static String anAddress() {
        var r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private MockHttpServletResponse login(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).getResponse();
    }

    private boolean signedIn(MockHttpServletResponse response) {
        return response.getRedirectedUrl() != null && !response.getRedirectedUrl().contains("error");
    }

    @Test
    void after_five_failures_even_the_right_password_is_refused_for_a_while_and_unknown_accounts_look_the_same() throws Exception {
        var known = aUser("Guessed Person");
        var unknown = uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            login(known, "Wrong-harbour-lamp-" + i, anAddress());
            login(unknown, "Wrong-harbour-lamp-" + i, anAddress());
        }

        var refused = login(known, PASSWORD, anAddress());
        assertThat(signedIn(refused)).isFalse();
        var refusedUnknown = login(unknown, PASSWORD, anAddress());
        assertThat(refused.getStatus()).isEqualTo(refusedUnknown.getStatus());
        assertThat(refused.getRedirectedUrl()).isEqualTo(refusedUnknown.getRedirectedUrl());
        assertThat(signedIn(login(aUser("Other Person"), PASSWORD, anAddress()))).isTrue();
    }

    @Test
    void one_address_trying_many_accounts_is_refused_and_other_addresses_are_not() throws Exception {
        var address = anAddress();
        for (int i = 0; i < 20; i++) {
            login(uniqueEmail("sprayed"), "Wrong-harbour-lamp-2026", address);
        }
        var person = aUser("Sprayed Person");
        assertThat(signedIn(login(person, PASSWORD, address))).isFalse();
        assertThat(signedIn(login(person, PASSWORD, anAddress()))).isTrue();
    }
}
