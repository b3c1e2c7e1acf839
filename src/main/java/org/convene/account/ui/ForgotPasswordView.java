package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.account.AccountService;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;

/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();
    private final FormErrors errors = new FormErrors(this);
    private final transient AccountService accounts;

    ForgotPasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("convene-narrow");
        email.setId("forgot-email");
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(User.EMAIL_MAX);
        errors.field("email", email);
        send.setId("forgot-send");
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> request());
        sent.setId("forgot-sent");
        sent.setVisible(false);
        add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, sent,
                new Anchor("login", getTranslation("verify.sign-in")));
    }

    private void request() {
        errors.clear();
        try {
            accounts.requestPasswordReset(email.getValue());
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        sent.setText(getTranslation("forgot.sent"));
        sent.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " | " + getTranslation("app.name");
    }
}
