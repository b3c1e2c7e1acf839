package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.base.ui.Viewer;
import org.convene.account.AccountService;
import org.convene.account.PasswordPolicy;
import org.convene.account.SignUpForm;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;

/** Self sign-up for participants. Experts and organisers get their roles from an organiser. */
@Route("signup")
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors(this);
    /** Every problem at once, on its field, keeping what was typed; the service checks again. */
    private final Binder<Draft> binder = new Binder<>();
    private final transient AccountService accounts;
    private final transient org.convene.account.SignUpThrottle signUpThrottle;

    SignUpView(AccountService accounts, org.convene.account.SignUpThrottle signUpThrottle) {
        this.accounts = accounts;
        this.signUpThrottle = signUpThrottle;
        addClassName("convene-narrow");
        name.setId("signup-name");
        name.setLabel(getTranslation("account.name"));
        Limits.limit(name, User.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setId("signup-email");
        email.setLabel(getTranslation("account.email"));
        Limits.limit(email, User.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        password.setId("signup-password");
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        Limits.limit(password, PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        confirm.setId("signup-confirm");
        confirm.setLabel(getTranslation("account.password.confirm"));
        Limits.limit(confirm, PasswordPolicy.MAX_LENGTH);
        errors.field("displayName", name).field("email", email).field("password", password).field("confirm", confirm);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(this, User.NAME_MAX, true)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(email).withValidator(AccountRules.email(this)).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(password).withValidator(AccountRules.password(this, email::getValue))
                .bind(d -> d.password, (d, v) -> d.password = v);
        binder.forField(confirm).withValidator(AccountRules.sameAs(this, password)).bind(d -> d.confirm, (d, v) -> d.confirm = v);
        binder.readBean(new Draft());

        submit.setText(getTranslation("signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        submit.addClickListener(e -> signUp());

        var form = new FormLayout(name, email, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var login = new RouterLink(getTranslation("signup.have-account"), LoginView.class);
        add(new H2(getTranslation("signup.title")), new Paragraph(getTranslation("signup.intro")), form, submit, login);
    }

    private void signUp() {
        errors.clear();
        var d = new Draft();
        if (!binder.writeBeanIfValid(d)) {
            binder.validate();
            return;
        }
        try {
            signUpThrottle.attempt(clientAddress());
            accounts.signUp(new SignUpForm(d.name, d.email, d.password,
                    Viewer.browserZone().map(java.time.ZoneId::getId).orElse(null)), getLocale());
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(LoginView.class,
                new com.vaadin.flow.router.QueryParameters(java.util.Map.of("created", java.util.List.of("1")))));
    }

    private static String clientAddress() {
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static final class Draft {
        String name = "";
        String email = "";
        String password = "";
        String confirm = "";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " | " + getTranslation("app.name");
    }
}
