package org.convene.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Sign in with e-mail and password. A failure never says whether the e-mail exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph created = new Paragraph();
    private final transient AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("convene-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());

        var title = new H1(getTranslation("app.name"));
        var intro = new Paragraph(getTranslation("login.intro"));
        var signUp = new RouterLink(getTranslation("login.create-account"), SignUpView.class);
        signUp.setId("create-account-link");
        var catalogue = new Anchor("", getTranslation("login.back-home"));
        created.setId("account-created");
        created.setText(getTranslation("login.account-created"));
        created.addClassName("convene-success");
        created.setVisible(false);
        add(title, intro, created, login, new Div(signUp), new Div(catalogue));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("forgot.title"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        created.setVisible(params.containsKey("created"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
