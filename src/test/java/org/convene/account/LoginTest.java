package org.convene.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.convene.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The real login form endpoint, through the whole Spring Security filter chain. */
class LoginTest extends IntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void setUpMvc() {
    }

    @Test
    void the_right_password_signs_in() throws Exception {
        var email = aUser("Login Person");
        var result = mvc.perform(formLogin("/login").user(email).password(PASSWORD));
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
    }

    @Test
    void a_failed_login_does_not_reveal_whether_the_email_exists() throws Exception {
        var email = aUser("Known Person");
        var wrongPassword = mvc.perform(formLogin("/login").user(email).password("Wrong-pass-2026")).getResponse();
        var unknownEmail = mvc.perform(formLogin("/login").user(uniqueEmail("nobody")).password("Wrong-pass-2026")).getResponse();

        assertThat(wrongPassword.getStatus()).isEqualTo(unknownEmail.getStatus());
        assertThat(wrongPassword.getRedirectedUrl()).isEqualTo(unknownEmail.getRedirectedUrl()).contains("error");
        assertThat(wrongPassword.getContentAsString()).isEqualTo(unknownEmail.getContentAsString());
    }

    @Test
    void the_health_endpoint_is_public_but_other_actuator_endpoints_are_not() throws Exception {
        assertThat(mvc.perform(get("/actuator/health"))).hasStatusOk();
        var env = mvc.perform(get("/actuator/env")).getResponse();
        assertThat(env.getStatus()).isNotEqualTo(200);
    }
}
