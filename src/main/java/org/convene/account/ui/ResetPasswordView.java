package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.base.ui.Limits;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.PasswordResetService;
import org.convene.account.PasswordPolicy;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;

/** The link of the reset e-mail lands here: a new password, once, while the link is valid. */
@Route("reset-password")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    final Paragraph invalid = new Paragraph();
    private final FormErrors errors = new FormErrors(this);
    /** The new password and its confirmation; every problem at once, the service checks again. */
    private final Binder<String[]> binder = new Binder<>();
    private final transient PasswordResetService passwordReset;
    private String token;

    ResetPasswordView(PasswordResetService passwordReset) {
        this.passwordReset = passwordReset;
        addClassName("convene-narrow");
        password.setId("reset-password");
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        Limits.limit(password, PasswordPolicy.MAX_LENGTH);
        confirm.setId("reset-confirm");
        confirm.setLabel(getTranslation("account.password.confirm"));
        Limits.limit(confirm, PasswordPolicy.MAX_LENGTH);
        errors.field("password", password).field("confirm", confirm);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(password).withValidator(AccountRules.password(this, null)).bind(d -> d[0], (d, v) -> d[0] = v);
        binder.forField(confirm).withValidator(AccountRules.sameAs(this, password)).bind(d -> d[1], (d, v) -> d[1] = v);
        save.setId("reset-save");
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> reset());
        invalid.setId("reset-invalid");
        invalid.setText(getTranslation("account.reset.invalid"));
        add(new H2(getTranslation("reset.title")), invalid, password, confirm, save,
                new RouterLink(getTranslation("reset.new-link"), ForgotPasswordView.class));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        this.token = token;
        var usable = passwordReset.isResetTokenUsable(token);
        invalid.setVisible(!usable);
        password.setVisible(usable);
        confirm.setVisible(usable);
        save.setVisible(usable);
    }

    private void reset() {
        errors.clear();
        var typed = new String[2];
        if (!binder.writeBeanIfValid(typed)) {
            binder.validate();
            return;
        }
        try {
            passwordReset.resetPassword(token, typed[0]);
        } catch (ConveneException e) {
            if (e.getField() == null) {
                setParameter(null, token);
                return;
            }
            errors.show(e);
            return;
        }
        Notifications.success(getTranslation("reset.done"));
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " | " + getTranslation("app.name");
    }
}
