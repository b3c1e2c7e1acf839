package org.convene.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.EnumSet;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.account.SessionFreshness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Issue 10, item 1, the push side: Vaadin's websocket messages pass no servlet filter, so the request
 * interceptor ends a session whose person was demoted since signing in (its UIs then reload into the
 * sign-in page), and leaves a current one alone. The real session-store check, a Vaadin request over a servlet request
 * and session of Spring's test kit.
 */
class SessionFreshnessInterceptorTest extends IntegrationTest {

    @Autowired
    SessionFreshness freshness;

    @Test
    void a_vaadin_request_of_a_session_whose_roles_changed_ends_that_session() {
        var demoted = aUser("Push Organiser", Role.ORGANISER, Role.PARTICIPANT);
        var details = userDetailsService.loadUserByUsername(demoted);
        var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        var servletRequest = new MockHttpServletRequest();
        servletRequest.setSession(session);
        var request = new VaadinServletRequest(servletRequest, null);
        var interceptor = new SessionFreshnessInterceptor(freshness);

        interceptor.requestStart(request, null);
        assertThat(session.isInvalid()).isFalse();

        signIn(aUser("Other Organiser", Role.ORGANISER));
        accounts.setRoles(idOf(demoted), EnumSet.of(Role.PARTICIPANT));
        interceptor.requestStart(request, null);
        assertThat(session.isInvalid()).isTrue();
    }
}
