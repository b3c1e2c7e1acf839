package org.convene.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Formats;
import org.convene.base.ui.SessionSignIn;
import org.convene.base.ui.Viewer;
import org.convene.privacy.PersonalData;
import org.convene.privacy.PersonalDataService;
import org.convene.registration.MyRegistrationData;

/**
 * What Convene keeps about the signed-in person, its download as JSON, and deleting the account
 * (the password is asked again). All text from the database is shown as text.
 */
@Route("my/data")
@Menu(order = 90, icon = "vaadin:file-text-o", title = "menu.my-data")
@PermitAll
public class MyDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The session attribute that makes the next page show the "account deleted" notification. */
    static final String DELETED_NOTICE = "convene.privacy.account-deleted";

    final Div content = new Div();
    final Anchor download = new Anchor();
    final Button delete = new Button();
    final PasswordField password = new PasswordField();
    final Button confirmDelete = new Button();
    final Dialog dialog = new Dialog();
    private final FormErrors errors = new FormErrors(this);
    private final transient PersonalDataService personalData;
    private final transient SessionSignIn sessionSignIn;

    MyDataView(PersonalDataService personalData, SessionSignIn sessionSignIn) {
        this.personalData = personalData;
        this.sessionSignIn = sessionSignIn;
        addClassName("convene-narrow");
        content.setId("my-data");
        content.setWidthFull();
        download.setId("my-data-download");
        download.setHref("api/me/data.json");
        download.setText(getTranslation("privacy.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        delete.setId("my-data-delete");
        delete.setText(getTranslation("privacy.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> openDeleteDialog());

        password.setId("my-data-delete-password");
        password.setLabel(getTranslation("privacy.delete.password"));
        password.setWidthFull();
        errors.field("deletePassword", password);
        confirmDelete.setId("my-data-delete-confirm");
        confirmDelete.setText(getTranslation("privacy.delete.confirm"));
        confirmDelete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirmDelete.addClickListener(e -> deleteAccount());
        var keep = new Button(getTranslation("privacy.delete.keep"), e -> dialog.close());
        keep.setId("my-data-delete-keep");
        dialog.setId("my-data-delete-dialog");
        dialog.setHeaderTitle(getTranslation("privacy.delete.title"));
        dialog.add(new Paragraph(getTranslation("privacy.delete.text")), password);
        dialog.getFooter().add(keep, confirmDelete);

        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")), download, content,
                new H3(getTranslation("privacy.delete")), new Paragraph(getTranslation("privacy.delete.intro")), delete);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(personalData.mine());
    }

    private void show(PersonalData data) {
        content.removeAll();
        var a = data.account();
        content.add(new H3(getTranslation("privacy.account")), list(
                line("account.name", a.displayName()),
                line("account.email", a.email()),
                line("account.language", Formats.languageName(a.language(), getLocale())),
                line("account.time-zone", Formats.zoneName(java.time.ZoneId.of(a.timeZone()), getLocale())),
                line("account.roles", a.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", "))),
                line("privacy.created", Viewer.instant(a.createdAt()))));
        content.add(new H3(getTranslation("privacy.groups")));
        if (data.groups().isEmpty()) {
            content.add(new Paragraph(getTranslation("privacy.none")));
        } else {
            content.add(list(data.groups().stream().map(g -> new ListItem(g.name()
                    + (g.coordinator() ? " · " + getTranslation("privacy.coordinator") : ""))).toArray(ListItem[]::new)));
        }
        content.add(new H3(getTranslation("privacy.registrations")));
        if (data.registrations().isEmpty()) {
            content.add(new Paragraph(getTranslation("privacy.none")));
        }
        for (var r : data.registrations()) {
            content.add(registration(r));
        }
    }

    private Div registration(MyRegistrationData r) {
        var title = new H4(r.seminarTitle());
        var items = list(
                line("privacy.registration.status", getTranslation("registration.status." + r.status().name())),
                line("account.name", r.fullName()),
                line("account.email", r.email()),
                line("register.organisation", r.organisation()),
                line("register.country", Formats.countryName(r.country(), getLocale())),
                line("register.sector", r.sector() == null ? "" : getTranslation("sector." + r.sector().name())),
                line("register.gender", r.gender() == null ? "" : getTranslation("gender." + r.gender().name())),
                line("register.accessibility", r.accessibilityNeeds()),
                line("register.dietary", r.dietaryNeeds()),
                line("register.interpretation", Formats.languageName(r.interpretationLanguage(), getLocale())),
                line("register.listed", getTranslation(r.listedConsent() ? "privacy.yes" : "privacy.no")));
        for (var answer : r.answers()) {
            items.add(new ListItem(getTranslation("format.label-value", answer.label(), answer.answer().replace('\n', ','))));
        }
        var box = new Div(title, items);
        box.setId("my-data-registration-" + r.registrationId());
        return box;
    }

    private ListItem line(String key, String value) {
        return new ListItem(getTranslation("format.label-value", getTranslation(key), value == null || value.isEmpty() ? "–" : value));
    }

    private static UnorderedList list(ListItem... items) {
        return new UnorderedList(items);
    }

    private void openDeleteDialog() {
        errors.clear();
        password.clear();
        dialog.open();
    }

    void deleteAccount() {
        errors.clear();
        try {
            personalData.deleteMyAccount(password.getValue());
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        dialog.close();
        sessionSignIn.signOut();
        // A fresh page as a visitor (the shell was built for the signed-in person); FarewellNotice shows the message there.
        VaadinSession.getCurrent().setAttribute(DELETED_NOTICE, Boolean.TRUE);
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        var home = (request == null || request.getContextPath() == null ? "" : request.getContextPath()) + "/";
        getUI().ifPresent(ui -> ui.getPage().setLocation(home));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}
