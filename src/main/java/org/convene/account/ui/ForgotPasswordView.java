package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.account.Emails;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.PasswordResetService;
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
    private final Binder<String[]> binder = new Binder<>();
    private final transient PasswordResetService passwordReset;

    ForgotPasswordView(PasswordResetService passwordReset) {
        this.passwordReset = passwordReset;
        addClassName("convene-narrow");
        email.setId("forgot-email");
        email.setLabel(getTranslation("account.email"));
        Limits.limit(email, User.EMAIL_MAX);
        errors.field("email", email);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(email).withValidator(Rules.rule(this,
                v -> Emails.isValid(Emails.normalize(v)), "account.email.invalid")).bind(d -> d[0], (d, v) -> d[0] = v);
        send.setId("forgot-send");
        send.setText(getTranslation("forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> request());
        sent.setId("forgot-sent");
        sent.setVisible(false);
        add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send, sent,
                new RouterLink(getTranslation("verify.sign-in"), LoginView.class));
    }

    private void request() {
        errors.clear();
        var typed = new String[1];
        if (!binder.writeBeanIfValid(typed)) {
            binder.validate();
            return;
        }
        try {
            passwordReset.requestPasswordReset(typed[0]);
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
