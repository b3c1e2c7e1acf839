package org.convene.privacy.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.privacy.PrivacyNoticeService;

/** The privacy notice, for everybody (linked from the registration consent and every page's footer). */
@Route("privacy")
@AnonymousAllowed
public class PrivacyNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The path other modules link to (the footer, the registration form). */
    public static final String PATH = "privacy";

    private final transient PrivacyNoticeService notice;

    PrivacyNoticeView(PrivacyNoticeService notice) {
        this.notice = notice;
        setId("privacy-notice");
        addClassName("convene-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new Html(notice.html(getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.title") + " | " + getTranslation("app.name");
    }
}
