package org.convene.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in person opened a view their roles do not allow: 403, the app's own page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedPage extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("access-denied-page", "error.page.access-denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show(event, "error.access-denied", HttpServletResponse.SC_FORBIDDEN, parameter.getCaughtException());
    }
}
