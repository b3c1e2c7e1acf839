package org.convene.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A route parameter that is not a number where a view reads one ({@code RouteParameters.getLong}):
 * the address names nothing, so 404 like any unknown address, and no ERROR in the log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class MalformedIdPage extends ErrorPage implements HasErrorParameter<NumberFormatException> {

    public MalformedIdPage() {
        super("not-found-page", "error.page.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        return show(event, "error.not-found", HttpServletResponse.SC_NOT_FOUND, parameter.getCaughtException());
    }
}
