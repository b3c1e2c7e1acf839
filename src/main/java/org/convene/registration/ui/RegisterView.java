package org.convene.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.account.Emails;
import org.convene.base.ui.Viewer;
import org.convene.account.CurrentUser;
import org.convene.account.PasswordPolicy;
import org.convene.account.EmailVerificationService;
import org.convene.account.SignUpForm;
import org.convene.account.User;
import org.convene.account.ui.LoginView;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.registration.Gender;
import org.convene.registration.InvitationDetails;
import org.convene.registration.InvitationService;
import org.convene.registration.InvitationStatus;
import org.convene.registration.QuestionService;
import org.convene.registration.Registration;
import org.convene.registration.RegistrationForm;
import org.convene.registration.RegistrationDefaults;
import org.convene.registration.RegistrationService;
import org.convene.registration.RegistrationStatus;
import org.convene.registration.Sector;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.ui.SeminarPageView;

/**
 * The registration form of one seminar, reached from the seminar page. A visitor without an account
 * creates one in the same form (inline sign-up: name, e-mail, password) or follows the link to sign
 * in; the account and the registration are stored together or not at all, and the new person is
 * signed in at once. The service refuses closed, draft and cancelled seminars however the page was
 * reached.
 */
@Route("seminars/:publicId/register")
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter: the seminar's public id. */
    static final String PUBLIC_ID = "publicId";

    final TextField organisation = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final Select<Sector> sector = new Select<>();
    final Select<Gender> gender = new Select<>();
    final TextArea accessibility = new TextArea();
    final TextArea dietary = new TextArea();
    final ComboBox<String> interpretation = new ComboBox<>();
    final Checkbox listedConsent = new Checkbox();
    final Checkbox privacyConsent = new Checkbox();
    final Button submit = new Button();
    /** Inline sign-up, shown to visitors only. */
    final TextField accountName = new TextField();
    final EmailField accountEmail = new EmailField();
    final PasswordField accountPassword = new PasswordField();
    final PasswordField accountConfirm = new PasswordField();
    private final Div body = new Div();
    private final FormErrors errors = new FormErrors(this);
    /**
     * Every field of the form but the additional questions (the account's too, for a visitor): Submit
     * shows all problems at once on their fields and keeps what was typed; the service checks again.
     */
    private Binder<Draft> binder = new Binder<>();
    /** The seminar's additional questions, with their own binder. */
    private QuestionFields questionFields;

    private final transient RegistrationService registrations;
    private final transient QuestionService questions;
    private final transient InvitationService invitations;
    private final transient SeminarService seminars;
    private final transient CurrentUser currentUser;
    private final transient EmailVerificationService verification;
    private final transient org.convene.account.SignUpThrottle signUpThrottle;
    private final transient RegistrationDefaults defaults;
    private SeminarDetails seminar;
    /** The raw token when the person came through a live personal invitation to this seminar. */
    private String invitationToken;
    private InvitationDetails invitation;

    RegisterView(RegistrationService registrations, QuestionService questions, InvitationService invitations,
                 SeminarService seminars, CurrentUser currentUser, EmailVerificationService verification,
                 org.convene.account.SignUpThrottle signUpThrottle, RegistrationDefaults defaults) {
        this.signUpThrottle = signUpThrottle;
        this.defaults = defaults;
        this.currentUser = currentUser;
        this.verification = verification;
        this.registrations = registrations;
        this.questions = questions;
        this.invitations = invitations;
        this.seminars = seminars;
        setMaxWidth("48rem");
        body.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminar = event.getRouteParameters().get(PUBLIC_ID).flatMap(seminars::findByPublicId).orElse(null);
        if (seminar == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        invitationToken = event.getLocation().getQueryParameters().getSingleParameter("invitation").orElse(null);
        invitation = invitationToken == null ? null : invitations.open(invitationToken)
                .filter(d -> d.seminar().id() == seminar.id() && d.status() == InvitationStatus.SENT)
                .orElse(null);
        if (invitation == null) {
            invitationToken = null;
        }
        var title = new H2(getTranslation("register.title", seminar.title()));
        title.setId("register-title");
        var when = new Paragraph(Formats.range(seminar.startsAt(), seminar.endsAt(), seminar.timeZone(), getLocale())
                + (seminar.venueLine().isEmpty() ? ""
                : " · " + seminar.venueLine()));
        add(title, when);
        if (invitation != null) {
            var invited = new Paragraph(getTranslation("register.invited"));
            invited.setId("register-invited");
            invited.addClassName("convene-info");
            add(invited);
        }
        add(body);
        show();
    }

    private void show() {
        body.removeAll();
        // An invitation turns a registration still waiting for approval into a seat (or a place in line).
        var mine = registrations.mine(seminar.id()).filter(r -> r.getStatus().isActive())
                .filter(r -> invitation == null || r.getStatus() != RegistrationStatus.PENDING);
        if (mine.isPresent()) {
            body.add(outcome(mine.get()));
        } else if (invitation == null && !seminars.acceptsRegistrations(seminar)) {
            var closed = new Paragraph(getTranslation("register.closed"));
            closed.setId("register-closed");
            body.add(closed, seminarLink());
        } else {
            binder = new Binder<>();
            binder.setDefaultValidatorsEnabled(false);
            var draft = new Draft();
            if (currentUser.get().isEmpty()) {
                body.add(accountBlock());
            }
            body.add(form(draft));
            binder.readBean(draft);
        }
    }

    /** A visitor's account, created with the registration (same rules as the sign-up page). */
    private Div accountBlock() {
        accountName.setId("reg-account-name");
        accountName.setLabel(getTranslation("account.name"));
        Limits.limit(accountName, User.NAME_MAX);
        accountName.setRequiredIndicatorVisible(true);
        accountEmail.setId("reg-account-email");
        accountEmail.setLabel(getTranslation("account.email"));
        Limits.limit(accountEmail, User.EMAIL_MAX);
        accountEmail.setRequiredIndicatorVisible(true);
        accountPassword.setId("reg-account-password");
        accountPassword.setLabel(getTranslation("account.password"));
        accountPassword.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        Limits.limit(accountPassword, PasswordPolicy.MAX_LENGTH);
        accountPassword.setRequiredIndicatorVisible(true);
        accountConfirm.setId("reg-account-confirm");
        accountConfirm.setLabel(getTranslation("account.password.confirm"));
        Limits.limit(accountConfirm, PasswordPolicy.MAX_LENGTH);
        errors.field("displayName", accountName).field("email", accountEmail).field("password", accountPassword)
                .field("confirm", accountConfirm);
        binder.forField(accountName).withValidator(Rules.line(this, User.NAME_MAX, true))
                .bind(d -> d.accountName, (d, v) -> d.accountName = v);
        binder.forField(accountEmail).withValidator(Rules.line(this, User.EMAIL_MAX, true))
                .withValidator(Rules.rule(this, v -> Emails.isValid(Emails.normalize(v)), "account.email.invalid"))
                .bind(d -> d.accountEmail, (d, v) -> d.accountEmail = v);
        binder.forField(accountPassword).withValidator((v, c) -> PasswordPolicy.check(v, Emails.normalize(accountEmail.getValue()))
                        .map(key -> com.vaadin.flow.data.binder.ValidationResult.error(getTranslation(key, PasswordPolicy.MIN_LENGTH)))
                        .orElse(com.vaadin.flow.data.binder.ValidationResult.ok()))
                .bind(d -> d.accountPassword, (d, v) -> d.accountPassword = v);
        binder.forField(accountConfirm).withValidator(Rules.rule(this, v -> v.equals(accountPassword.getValue()),
                        "account.password.mismatch"))
                .bind(d -> d.accountConfirm, (d, v) -> d.accountConfirm = v);
        var fields = new FormLayout(accountName, accountEmail, accountPassword, accountConfirm);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var signIn = new RouterLink(getTranslation("register.account.sign-in"), LoginView.class);
        signIn.setId("reg-sign-in");
        var title = new H3(getTranslation("register.account.title"));
        var intro = new Paragraph(getTranslation("register.account.intro"));
        var block = new Div(title, intro, signIn, fields);
        block.setId("reg-account");
        return block;
    }

    private FormLayout form(Draft draft) {
        organisation.setId("reg-organisation");
        organisation.setLabel(getTranslation("register.organisation"));
        Limits.limit(organisation, Registration.ORGANISATION_MAX);
        country.setId("reg-country");
        country.setLabel(getTranslation("register.country"));
        country.setRequiredIndicatorVisible(true);
        country.setItems(Countries.countries(getLocale()));
        country.setItemLabelGenerator(c -> Countries.country(c, getLocale()));
        sector.setId("reg-sector");
        sector.setLabel(getTranslation("register.sector"));
        sector.setRequiredIndicatorVisible(true);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> s == null ? "" : getTranslation("sector." + s.name()));
        gender.setId("reg-gender");
        gender.setLabel(getTranslation("register.gender"));
        gender.setHelperText(getTranslation("register.gender.help"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("register.gender.none"));
        gender.setItemLabelGenerator(g -> g == null ? getTranslation("register.gender.none") : getTranslation("gender." + g.name()));
        accessibility.setId("reg-accessibility");
        accessibility.setLabel(getTranslation("register.accessibility"));
        Limits.limit(accessibility, Registration.ACCESSIBILITY_MAX);
        dietary.setId("reg-dietary");
        dietary.setLabel(getTranslation("register.dietary"));
        Limits.limit(dietary, Registration.DIETARY_MAX);
        interpretation.setId("reg-interpretation");
        interpretation.setLabel(getTranslation("register.interpretation"));
        interpretation.setHelperText(getTranslation("register.interpretation.help"));
        interpretation.setItems(Countries.languages(getLocale()));
        interpretation.setItemLabelGenerator(l -> Countries.language(l, getLocale()));
        interpretation.setClearButtonVisible(true);
        listedConsent.setId("reg-listed");
        listedConsent.setLabel(getTranslation("register.listed"));
        privacyConsent.setId("reg-privacy");
        privacyConsent.setLabel(getTranslation("register.privacy"));
        privacyConsent.setRequiredIndicatorVisible(true);
        submit.setId("reg-submit");
        submit.setText(getTranslation(invitation != null ? "register.submit.invitation"
                : seminar.approvalRequired() ? "register.submit.approval" : "register.submit"));
        defaults.lastDetails().ifPresent(last -> {
            draft.organisation = last.organisation() == null ? "" : last.organisation();
            draft.country = last.country();
            draft.sector = last.sector();
        });
        if (invitation != null) {
            if (!invitation.organisation().isEmpty()) {
                draft.organisation = invitation.organisation();
            }
            if (!invitation.country().isEmpty()) {
                draft.country = invitation.country();
            }
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> register());
        errors.field("organisation", organisation).field("country", country).field("sector", sector)
                .field("gender", gender).field("accessibilityNeeds", accessibility).field("dietaryNeeds", dietary)
                .field("interpretationLanguage", interpretation).field("privacyConsent", privacyConsent);
        binder.forField(organisation).withValidator(Rules.line(this, Registration.ORGANISATION_MAX, false))
                .bind(d -> d.organisation, (d, v) -> d.organisation = v);
        binder.forField(country).withValidator(Rules.chosen(this)).bind(d -> d.country, (d, v) -> d.country = v);
        binder.forField(sector).withValidator(Rules.chosen(this)).bind(d -> d.sector, (d, v) -> d.sector = v);
        binder.forField(gender).bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(accessibility).withValidator(Rules.text(this, Registration.ACCESSIBILITY_MAX, false))
                .bind(d -> d.accessibility, (d, v) -> d.accessibility = v);
        binder.forField(dietary).withValidator(Rules.text(this, Registration.DIETARY_MAX, false))
                .bind(d -> d.dietary, (d, v) -> d.dietary = v);
        binder.forField(interpretation).bind(d -> d.interpretation, (d, v) -> d.interpretation = v);
        binder.forField(listedConsent).bind(d -> d.listed, (d, v) -> d.listed = v);
        binder.forField(privacyConsent).withValidator(Rules.rule(this, v -> v, "registration.privacy.required"))
                .bind(d -> d.privacy, (d, v) -> d.privacy = v);

        var form = new FormLayout(organisation, country, sector, gender, accessibility, dietary, interpretation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(accessibility, 2);
        form.setColspan(dietary, 2);
        questionFields = new QuestionFields(questions.questions(seminar.id()), errors);
        if (!questionFields.isEmpty()) {
            form.add(questionFields);
            form.setColspan(questionFields, 2);
        }
        var privacyNotice = new Anchor("privacy", getTranslation("privacy.notice.link"));
        privacyNotice.setId("reg-privacy-notice");
        privacyNotice.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
        form.add(listedConsent, privacyConsent, privacyNotice, submit);
        form.setColspan(privacyNotice, 2);
        form.setColspan(listedConsent, 2);
        form.setColspan(privacyConsent, 2);
        return form;
    }

    void register() {
        errors.clear();
        var d = new Draft();
        var valid = binder.writeBeanIfValid(d);
        if (!valid) {
            binder.validate();
        }
        var answers = questionFields.answers();
        if (!valid || answers.isEmpty()) {
            return;
        }
        var form = new RegistrationForm(d.organisation, d.country, d.sector, d.gender, d.accessibility, d.dietary,
                d.interpretation, d.listed, d.privacy);
        var visitor = currentUser.get().isEmpty();
        try {
            var given = new LinkedHashMap<Long, List<String>>(answers.get());
            if (visitor) {
                var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
                signUpThrottle.attempt(request == null ? null : request.getRemoteAddr());
                // The same answer whether the address was new (account made, registration waiting for the
                // address) or already had an account (nothing stored, its owner told by e-mail); nobody is
                // signed in: the link in the e-mail is the next step either way.
                registrations.registerWithNewAccount(seminar.id(), invitationToken,
                        new SignUpForm(d.accountName, d.accountEmail, d.accountPassword,
                                Viewer.browserZone().map(java.time.ZoneId::getId).orElse(null)),
                        getLocale(), form, given);
                body.removeAll();
                body.add(checkEmail(d.accountEmail));
                return;
            } else if (invitationToken != null) {
                registrations.acceptInvitation(invitationToken, form, given);
            } else {
                registrations.register(seminar.id(), form, given);
            }
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        var r = registrations.mine(seminar.id()).orElseThrow();
        Notifications.success(StatusLabels.status(this, r));
        show();
    }

    /** After the inline sign-up: the next step is the link in the e-mail, and a way to have it sent again. */
    private Div checkEmail(String address) {
        var text = new Paragraph(getTranslation("register.check-email", address.strip()));
        text.setId("reg-check-email");
        var box = new Div(text, resendButton(() -> verification.resendVerification(address)), seminarLink());
        box.addClassName("convene-info");
        return box;
    }

    private Div outcome(Registration r) {
        var key = switch (r.getStatus()) {
            case CONFIRMED -> "register.outcome.confirmed";
            case WAITLISTED -> "register.outcome.waitlisted";
            case UNVERIFIED -> "register.outcome.unverified";
            default -> "register.outcome.pending";
        };
        var text = new Paragraph(getTranslation(key, r.getWaitlistPosition() == null ? 0 : r.getWaitlistPosition()));
        text.setId("reg-status");
        var mySeminars = new RouterLink(getTranslation("register.my-seminars"), MyRegistrationsView.class);
        mySeminars.setId("reg-my-seminars");
        var box = new Div(text, mySeminars, seminarLink());
        if (r.getStatus() == RegistrationStatus.UNVERIFIED) {
            box.add(resendButton(verification::resendVerification));
        }
        box.addClassName(r.getStatus() == RegistrationStatus.CONFIRMED ? "convene-success" : "convene-info");
        return box;
    }

    /** "Send the e-mail again": the answer says nothing about whether a link was needed. */
    private Button resendButton(Runnable resend) {
        var again = new Button(getTranslation("register.resend"), e -> {
            resend.run();
            Notifications.success(getTranslation("register.resent"));
        });
        again.setId("reg-resend");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return again;
    }

    private RouterLink seminarLink() {
        var a = new RouterLink(getTranslation("register.back-to-seminar"), SeminarPageView.class,
                new RouteParameters(SeminarPageView.PUBLIC_ID, seminar.publicId()));
        a.addClassName("convene-link-after");
        return a;
    }

    /** What the binder reads back before it becomes a {@link RegistrationForm} (and a {@link SignUpForm}). */
    private static final class Draft {
        String accountName = "";
        String accountEmail = "";
        String accountPassword = "";
        String accountConfirm = "";
        String organisation = "";
        String country;
        Sector sector;
        Gender gender;
        String accessibility = "";
        String dietary = "";
        String interpretation;
        boolean listed;
        boolean privacy;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.page-title") + " | " + getTranslation("app.name");
    }
}
