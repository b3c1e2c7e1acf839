package org.convene.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a person in or out from inside a Vaadin request, without the login form: after an inline
 * sign-up (the account was created a moment ago in this request) and after deleting one's account.
 * The security context goes where Spring Security's filter looks for it on the next request (the
 * HTTP session), and the session id changes both ways so a session id known before cannot be used
 * to act as this person (session fixation).
 */
@Component
public class SessionSignIn {

    /**
     * The session attribute Spring Security's HTTP-session context store reads (its
     * {@code SPRING_SECURITY_CONTEXT_KEY}); writing it is what that store's {@code saveContext} does
     * for a response it did not wrap, which Vaadin's are not.
     */
    static final String CONTEXT_KEY = "SPRING_SECURITY_CONTEXT";

    private final UserDetailsService userDetails;

    SessionSignIn(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    /** Signs in the account with this e-mail address for this browser session. */
    public void signIn(String email) {
        var details = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        changeSessionId();
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().getSession(true).setAttribute(CONTEXT_KEY, context);
        } else if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().setAttribute(CONTEXT_KEY, context);
        }
    }

    /**
     * Signs the current person out but keeps the Vaadin session (with a new id), so the page can
     * still tell them what happened.
     */
    public void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().removeAttribute(CONTEXT_KEY);
        }
        changeSessionId();
    }

    private static void changeSessionId() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
        }
    }
}
