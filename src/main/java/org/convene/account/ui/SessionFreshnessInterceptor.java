package org.convene.account.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.convene.account.SessionFreshness;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Vaadin push messages (websocket) do not pass the servlet filters, so {@link SessionFreshness} checks
 * them here, at the start of every Vaadin request: a session whose person lost rights (or account)
 * is invalidated, Vaadin answers "session expired", and the browser reloads into the login page.
 */
@Component
class SessionFreshnessInterceptor implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private final SessionFreshness freshness;

    SessionFreshnessInterceptor(SessionFreshness freshness) {
        this.freshness = freshness;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        var session = request.getWrappedSession(false);
        if (session == null) {
            return;
        }
        var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!freshness.isCurrent(context)) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Another request of this session ended it first.
            }
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {
        // Errors are the error handler's business.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        // Nothing to do.
    }
}
