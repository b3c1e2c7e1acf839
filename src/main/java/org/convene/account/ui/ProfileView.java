package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.base.ConveneSettings;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.base.ui.Viewer;
import org.convene.account.AccountService;
import org.convene.account.CalendarTokenService;
import org.convene.account.PasswordPolicy;
import org.convene.account.Role;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;

/** The signed-in person's own profile: name, language, time zone, password. */
@Route("profile")
@PermitAll
public class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField roles = new TextField();
    final Select<Locale> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Button save = new Button();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button changePassword = new Button();
    final TextField calendarUrl = new TextField();
    final Paragraph calendarState = new Paragraph();
    final Button calendarGenerate = new Button();
    private final String publicUrl;
    private final FormErrors profileErrors = new FormErrors(this);
    private final FormErrors passwordErrors = new FormErrors(this);
    /** Name, language and zone; every problem at once on its field, the service checks again. */
    private final Binder<ProfileDraft> profileBinder = new Binder<>();
    /** The current password and the new one. */
    private final Binder<String[]> passwordBinder = new Binder<>();
    private final transient AccountService accounts;
    private final transient CalendarTokenService calendarTokens;

    ProfileView(AccountService accounts, CalendarTokenService calendarTokens, ConveneSettings settings) {
        this.accounts = accounts;
        this.calendarTokens = calendarTokens;
        this.publicUrl = settings.publicUrl();
        addClassName("convene-narrow");
        name.setId("profile-name");
        name.setLabel(getTranslation("account.name"));
        Limits.limit(name, User.NAME_MAX);
        email.setLabel(getTranslation("account.email"));
        email.setReadOnly(true);
        roles.setLabel(getTranslation("account.roles"));
        roles.setReadOnly(true);
        language.setId("profile-language");
        language.setLabel(getTranslation("account.language"));
        language.setItems(TranslationProvider.ENGLISH, TranslationProvider.FRENCH);
        language.setItemLabelGenerator(Formats::languageName);
        timeZone.setId("profile-time-zone");
        timeZone.setLabel(getTranslation("account.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        timeZone.setItemLabelGenerator(z -> Formats.zoneName(ZoneId.of(z), getLocale()));
        profileErrors.field("displayName", name).field("timeZone", timeZone);
        save.setId("profile-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveProfile());

        currentPassword.setId("profile-current-password");
        currentPassword.setLabel(getTranslation("account.password.current"));
        newPassword.setId("profile-new-password");
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        Limits.limit(newPassword, PasswordPolicy.MAX_LENGTH);
        passwordErrors.field("currentPassword", currentPassword).field("newPassword", newPassword);
        profileBinder.setDefaultValidatorsEnabled(false);
        profileBinder.forField(name).withValidator(Rules.line(this, User.NAME_MAX, true))
                .bind(d -> d.name, (d, v) -> d.name = v);
        profileBinder.forField(language).withValidator(Rules.chosen(this)).bind(d -> d.language, (d, v) -> d.language = v);
        profileBinder.forField(timeZone).withValidator(Rules.rule(this, z -> z != null && !z.isBlank(), "validation.time-zone"))
                .bind(d -> d.timeZone, (d, v) -> d.timeZone = v);
        passwordBinder.setDefaultValidatorsEnabled(false);
        passwordBinder.forField(currentPassword).withValidator(Rules.rule(this, v -> !v.isEmpty(), "validation.required"))
                .bind(d -> d[0], (d, v) -> d[0] = v);
        passwordBinder.forField(newPassword).withValidator(AccountRules.password(this, email::getValue))
                .bind(d -> d[1], (d, v) -> d[1] = v);
        changePassword.setId("profile-change-password");
        changePassword.setText(getTranslation("account.password.change"));
        changePassword.addClickListener(e -> changePassword());

        calendarUrl.setId("profile-calendar-url");
        calendarUrl.setLabel(getTranslation("calendar.feed.url"));
        calendarUrl.setReadOnly(true);
        calendarUrl.setWidthFull();
        calendarUrl.setVisible(false);
        calendarState.setId("profile-calendar-state");
        calendarGenerate.setId("profile-calendar-generate");
        calendarGenerate.addClickListener(e -> generateCalendarLink());

        var profile = new FormLayout(name, email, roles, language, timeZone);
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        var password = new FormLayout(currentPassword, newPassword);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(new H2(getTranslation("profile.title")), profile, save,
                new H3(getTranslation("account.password.change")), password, changePassword,
                new H3(getTranslation("calendar.feed.title")), new Paragraph(getTranslation("calendar.feed.intro")),
                calendarState, calendarUrl, calendarGenerate,
                new Paragraph(getTranslation("profile.data-note")));
        addMyDataSection();
    }

    /** Personal data (privacy module): a link to see, download and delete it. */
    private void addMyDataSection() {
        var link = new com.vaadin.flow.component.html.Anchor("my/data", getTranslation("profile.my-data.link"));
        link.setId("profile-my-data");
        add(new H3(getTranslation("profile.my-data")), new Paragraph(getTranslation("profile.my-data.text")), link);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = accounts.me();
        email.setValue(me.getEmail());
        roles.setValue(me.getRoles().stream().sorted().map(Role::name)
                .map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")));
        var d = new ProfileDraft();
        d.name = me.getDisplayName();
        d.language = TranslationProvider.FRENCH.getLanguage().equals(me.getLocale().getLanguage())
                ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH;
        d.timeZone = me.getTimeZone().getId();
        profileBinder.readBean(d);
        passwordBinder.readBean(new String[] {"", ""});
        showCalendarFeed(me.hasCalendarFeed());
    }

    private void showCalendarFeed(boolean exists) {
        calendarState.setText(getTranslation(exists ? "calendar.feed.exists" : "calendar.feed.none"));
        calendarGenerate.setText(getTranslation(exists ? "calendar.feed.replace" : "calendar.feed.create"));
    }

    /** The link is shown once: only the token's hash is stored. A new one revokes the previous link. */
    private void generateCalendarLink() {
        var token = calendarTokens.regenerate();
        calendarUrl.setValue(publicUrl + "/calendar/feeds/personal/" + token + ".ics");
        calendarUrl.setVisible(true);
        calendarUrl.setHelperText(getTranslation("calendar.feed.copy-now"));
        showCalendarFeed(true);
        Notifications.success(getTranslation("calendar.feed.created"));
    }

    private void saveProfile() {
        profileErrors.clear();
        var d = new ProfileDraft();
        if (!profileBinder.writeBeanIfValid(d)) {
            profileBinder.validate();
            return;
        }
        try {
            accounts.updateProfile(d.name, d.language, d.timeZone);
        } catch (ConveneException e) {
            profileErrors.show(e);
            return;
        }
        var languageChanged = !d.language.getLanguage().equals(getLocale().getLanguage());
        VaadinSession.getCurrent().setLocale(d.language);
        Viewer.rememberZone(java.time.ZoneId.of(d.timeZone));
        Notifications.success(getTranslation("profile.saved"));
        if (languageChanged) {
            getUI().ifPresent(ui -> ui.getPage().reload());
        }
    }

    private void changePassword() {
        passwordErrors.clear();
        var typed = new String[2];
        if (!passwordBinder.writeBeanIfValid(typed)) {
            passwordBinder.validate();
            return;
        }
        try {
            accounts.changePassword(typed[0], typed[1]);
        } catch (ConveneException e) {
            passwordErrors.show(e);
            return;
        }
        passwordBinder.readBean(new String[] {"", ""});
        Notifications.success(getTranslation("account.password.changed"));
    }

    private static final class ProfileDraft {
        String name = "";
        Locale language;
        String timeZone;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " | " + getTranslation("app.name");
    }
}
