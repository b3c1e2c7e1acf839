package org.convene.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.convene.base.security.SecurityHeaders;
import org.springframework.stereotype.Component;

/**
 * The Vaadin bootstrap page starts its client engine with inline scripts: each gets this response's
 * CSP nonce (set by {@link SecurityHeaders}), so the policy needs neither {@code unsafe-inline} nor
 * {@code unsafe-eval} for scripts.
 */
@Component
class CspNonce implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
                response.getDocument().getElementsByTag("script").forEach(script -> script.attr("nonce", nonce));
            }
        });
    }
}
