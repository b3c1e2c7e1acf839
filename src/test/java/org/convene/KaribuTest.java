package org.convene;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests (Karibu) on the real Spring context and database. Signing in sets the
 * Spring Security context and makes the fake servlet request answer for that person, which is
 * what Vaadin's view access control reads.
 */
public abstract class KaribuTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;

    /**
     * The application's views, found once for the test JVM: the class-path scan takes about a second,
     * and it was made again for every test class.
     */
    public static synchronized Routes routes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.convene");
        }
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), ctx, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** The navigation ends on the app's own "not allowed" page (403), never on the view. */
    /**
     * The browser's window is a phone's (375 x 812), as the browser reports it; views that read the width when they
     * attach (for example {@code base.ui.MoreFilters}) see it from the next navigation on.
     */
    protected static void onAPhone() {
        var values = java.util.Map.of("v-ww", "375", "v-wh", "812", "v-sw", "375", "v-sh", "812", "v-tzid", "Europe/Paris");
        com.vaadin.flow.component.page.ExtendedClientDetails.updateFromValues(UI.getCurrent(), values::get);
    }

    protected static void assertAccessDenied(Runnable navigation) {
        navigation.run();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("access-denied-page"));
    }

    /** The navigation shows the app's own "not found" page (the thing may not exist, or not for this person). */
    protected static void assertNotFound(Runnable navigation) {
        navigation.run();
        com.github.mvysny.kaributesting.v10.LocatorJ._assertOne(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("not-found-page"));
    }

    /** Signs in and starts a fresh UI, as the browser does after the login form. */
    @Override
    protected void signIn(String email) {
        super.signIn(email);
        restartUi();
    }

    @Override
    protected void signOut() {
        super.signOut();
        restartUi();
    }

    private void restartUi() {
        MockVaadin.tearDown();
        setUpVaadin();
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * The fake request answers "who is this" from Spring Security's context, the job Spring's
     * servlet filter does in a real server; Vaadin's view access control reads it.
     */
    static final class SecurityAwareRequest extends FakeRequest {
        SecurityAwareRequest(jakarta.servlet.http.HttpSession session) {
            super(session);
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.isAuthenticated() ? auth : null;
        }

        @Override
        public boolean isUserInRole(String role) {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role));
        }
    }

    /** Navigates as a person would: a fresh page for the signed-in person (the shell reads the login). */
    protected <T extends com.vaadin.flow.component.Component> void open(Class<T> view) {
        UI.getCurrent().navigate(view);
    }
}
