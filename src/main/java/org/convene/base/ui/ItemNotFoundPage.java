package org.convene.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.base.NotFoundException;

/** A view's item does not exist or is hidden from this person (a service said so): 404. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ItemNotFoundPage extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public ItemNotFoundPage() {
        super("not-found-page", "error.page.not-found.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(event, "error.not-found", HttpServletResponse.SC_NOT_FOUND, parameter.getCaughtException());
    }
}
