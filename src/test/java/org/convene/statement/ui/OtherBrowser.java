package org.convene.statement.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A second person's browser in a Karibu test: its own Vaadin session and UI, and its own signed-in
 * person, on a thread of its own (Karibu and Spring Security keep both per thread).
 */
public final class OtherBrowser implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "other-browser"));

    public OtherBrowser(ApplicationContext ctx, UserDetailsService users, String email) {
        run(() -> {
            var details = users.loadUserByUsername(email);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
            SecurityContextHolder.setContext(context);
            // With a second application context (SecondInstance) each has its own holder strategy:
            // the browser's person is set in that context's one too.
            ctx.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> strategy.setContext(context));
            MockVaadin.setMockRequestFactory(SignedInRequest::new);
            Function0<UI> uiFactory = UI::new;
            MockVaadin.setup(uiFactory, new MockSpringServlet(org.convene.KaribuTest.routes(), ctx, uiFactory));
            UI.getCurrent().setLocale(Locale.ENGLISH);
            // As after a real login: the session carries the security context, which Vaadin's
            // strategy (of either context) reads in UI.access as well.
            VaadinSession.getCurrent().getSession().setAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        });
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        try {
            return thread.submit(work::get).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs this browser's pending UI.access work (what push would deliver) until {@code condition}
     * holds on its UI thread, or fails after {@code timeout}.
     */
    public void awaitUi(Duration timeout, BooleanSupplier condition) {
        org.awaitility.Awaitility.await("the other browser sees the change").atMost(timeout)
                .pollInterval(Duration.ofMillis(20)).until(() -> call(() -> {
                    MockVaadin.clientRoundtrip(false);
                    return condition.getAsBoolean();
                }));
    }

    @Override
    public void close() {
        run(() -> {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        });
        thread.shutdown();
    }

    /** Answers "who is this" from Spring Security's context, as the servlet filter does in a server. */
    static final class SignedInRequest extends com.github.mvysny.fakeservlet.FakeRequest {
        SignedInRequest(jakarta.servlet.http.HttpSession session) {
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
}
