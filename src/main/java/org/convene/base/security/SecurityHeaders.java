package org.convene.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One set of security headers on every response, Vaadin pages first (they do not all pass Spring
 * Security's header writer), downloads and API answers alike, set before anything else runs and not
 * overwritten later (Vaadin's own {@code X-Frame-Options: SAMEORIGIN} included):
 * <ul>
 * <li>a Content-Security-Policy: for pages, inline scripts only with this response's nonce
 * ({@link #NONCE_ATTRIBUTE}; the Vaadin bootstrap page's scripts get it from {@code base.ui.CspNonce}),
 * everything else from this origin only, {@code frame-ancestors 'none'} (see {@link #pagePolicy} for the
 * one concession Vaadin needs); for downloads and API answers, nothing at all;</li>
 * <li>{@code X-Content-Type-Options}, {@code Referrer-Policy}, {@code Permissions-Policy},
 * {@code X-Frame-Options: DENY};</li>
 * <li>HSTS when the request came over HTTPS (behind a proxy: {@code server.forward-headers-strategy}).</li>
 * </ul>
 */
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";
    static final String CSP = "Content-Security-Policy";
    private static final Set<String> FIXED = Set.of("content-security-policy", "x-frame-options", "x-content-type-options",
            "referrer-policy", "permissions-policy", "strict-transport-security");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The policy of the pages people use (Vaadin). Its one concession is {@code 'unsafe-eval'}: Vaadin
     * Flow 25.2's client engine ({@code FlowClient.js}) turns the JavaScript the server sends into
     * functions with {@code new Function(...)}: {@code executeJs} calls, event data expressions and the
     * lazy loading of bundle chunks. Vaadin documents it as required
     * (https://vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues, "Content-Security-Policy
     * (CSP) Set to Unsafe Values"); its strict mode without it comes with Flow 25.4 ({@code @JsDefinition},
     * {@code vaadin.contentSecurityPolicy}) and a rebuilt frontend bundle. {@code ContentSecurityPolicyIT}
     * shows in Chromium that nothing is refused under this policy and that Flow's client is refused without
     * {@code 'unsafe-eval'}. Inline scripts need this response's nonce; there is no {@code 'unsafe-inline'}
     * for scripts. Styles keep {@code 'unsafe-inline'}: Vaadin's components set inline styles.
     */
    static String pagePolicy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** Downloads, feeds, API answers and health: nothing in them may run or load anything. */
    static final String RESOURCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    static boolean isResource(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/calendar/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isResource(request)) {
            // No page, no inline script: no nonce to draw (SecureRandom on every feed and download request).
            response.setHeader(CSP, RESOURCE_POLICY);
        } else {
            var bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            var nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            response.setHeader(CSP, pagePolicy(nonce));
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, new KeepHeaders(response));
    }

    /**
     * A preview that this application shows in a frame of its own pages (a PDF or an image in the
     * documents' preview dialog): framing by the same origin only, nothing that runs or loads
     * anything else. No {@code sandbox}: Chromium's PDF viewer refuses sandboxed documents.
     */
    static final String SAME_ORIGIN_PREVIEW_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
            + "object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /**
     * Lets this response be shown in a frame of Convene's own pages, and nowhere else: for inline
     * previews of documents whose type cannot run script (PDF, PNG, JPEG). Call it before writing the body.
     */
    public static void allowFramingBySameOrigin(HttpServletResponse response) {
        var r = (jakarta.servlet.ServletResponse) response;
        while (r instanceof jakarta.servlet.ServletResponseWrapper wrapper) {
            if (wrapper instanceof KeepHeaders keep) {
                var original = (HttpServletResponse) keep.getResponse();
                original.setHeader(CSP, SAME_ORIGIN_PREVIEW_POLICY);
                original.setHeader("X-Frame-Options", "SAMEORIGIN");
                return;
            }
            r = wrapper.getResponse();
        }
        // Not behind this filter (a test calling the controller directly): nothing was fixed, set it plainly.
        response.setHeader(CSP, SAME_ORIGIN_PREVIEW_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    /** Later attempts to set these headers (Vaadin's SAMEORIGIN, Spring Security's copies) are ignored. */
    private static final class KeepHeaders extends HttpServletResponseWrapper {
        KeepHeaders(HttpServletResponse response) {
            super(response);
        }

        private static boolean fixed(String name) {
            return name != null && FIXED.contains(name.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void setHeader(String name, String value) {
            if (!fixed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!fixed(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
