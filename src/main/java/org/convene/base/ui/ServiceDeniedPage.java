package org.convene.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A service's own check ({@code @PreAuthorize}) refused while a view was opening: 403. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServiceDeniedPage extends ErrorPage implements HasErrorParameter<AuthorizationDeniedException> {

    public ServiceDeniedPage() {
        super("access-denied-page", "error.page.access-denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AuthorizationDeniedException> parameter) {
        return show(event, "error.access-denied", HttpServletResponse.SC_FORBIDDEN, parameter.getCaughtException());
    }
}
