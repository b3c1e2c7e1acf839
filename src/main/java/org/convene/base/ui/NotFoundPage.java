package org.convene.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** No route for this address (or a malformed id in it): 404, without listing the routes. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("not-found-page", "error.page.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event, "error.not-found", HttpServletResponse.SC_NOT_FOUND, parameter.getCaughtException());
    }
}
