package org.convene.account.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.account.EmailVerificationService;

/** The link of the verification e-mail lands here: confirms the address once. */
@Route("verify-email")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Paragraph result = new Paragraph();
    private final transient EmailVerificationService verification;

    VerifyEmailView(EmailVerificationService verification) {
        this.verification = verification;
        addClassName("convene-narrow");
        result.setId("verify-result");
        add(new H2(getTranslation("verify.title")), result, new RouterLink(getTranslation("verify.sign-in"), LoginView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        result.setText(getTranslation(verification.verifyEmail(token) ? "verify.done" : "verify.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | " + getTranslation("app.name");
    }
}
