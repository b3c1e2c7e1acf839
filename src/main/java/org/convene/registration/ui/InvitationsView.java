package org.convene.registration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import org.convene.account.Emails;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.convene.base.ui.Viewer;
import org.convene.account.Roles;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.registration.InvitationRow;
import org.convene.registration.InvitationForm;
import org.convene.registration.InvitationImport;
import org.convene.registration.InvitationService;
import org.convene.registration.Registration;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;

/**
 * An organiser invites people to a seminar: one by one, or from a CSV list that is checked and
 * shown row by row (problems included) before anything is saved. Below, the invitations sent and
 * where they stand, with revocation.
 */
@Route("organiser/seminars/:id/invitations")
@RolesAllowed(Roles.ORGANISER)
public class InvitationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField name = new TextField();
    final TextField email = new TextField();
    final TextField organisation = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final Button invite = new Button();
    final Grid<InvitationRow> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private static final InvitationForm EMPTY = new InvitationForm("", "", "", null);
    private Binder<InvitationForm> binder;

    private final transient InvitationService invitations;
    private final transient SeminarService seminars;
    private SeminarDetails seminar;

    InvitationsView(InvitationService invitations, SeminarService seminars) {
        this.invitations = invitations;
        this.seminars = seminars;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seminar = SeminarRoute.seminar(event, seminars).orElse(null);
        if (seminar == null) {
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        var title = new H2(getTranslation("invitations.title", seminar.title()));
        var participants = new RouterLink(getTranslation("questions.participants"), ParticipantsView.class,
                new RouteParameters("id", String.valueOf(seminar.id())));

        name.setId("inv-name");
        name.setLabel(getTranslation("invitations.name"));
        Limits.limit(name, User.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        email.setId("inv-email");
        email.setLabel(getTranslation("invitations.email"));
        Limits.limit(email, User.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        organisation.setId("inv-organisation");
        organisation.setLabel(getTranslation("invitations.organisation"));
        Limits.limit(organisation, Registration.ORGANISATION_MAX);
        country.setId("inv-country");
        country.setLabel(getTranslation("invitations.country"));
        country.setItems(Countries.countries(getLocale()));
        country.setItemLabelGenerator(c -> Countries.country(c, getLocale()));
        country.setClearButtonVisible(true);
        invite.setId("inv-submit");
        invite.setText(getTranslation("invitations.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> inviteOne());
        errors.field("name", name).field("email", email).field("organisation", organisation).field("country", country);
        // One binder on the record: every problem at once on its field, the service checks again.
        binder = new Binder<>(InvitationForm.class);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(this, User.NAME_MAX, true)).bind("name");
        binder.forField(email).withValidator(Rules.line(this, User.EMAIL_MAX, true))
                .withValidator(Rules.rule(this, v -> Emails.isValid(Emails.normalize(v)), "invitation.email.invalid"))
                .bind("email");
        binder.forField(organisation).withValidator(Rules.line(this, Registration.ORGANISATION_MAX, false)).bind("organisation");
        binder.forField(country).bind("country");
        binder.readRecord(EMPTY);
        var form = new FormLayout(name, email, organisation, country);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 4));

        var ui = UI.getCurrent();
        var upload = new Upload(new LimitedUpload(InvitationService.IMPORT_MAX_BYTES, data -> ui.access(() -> preview(data)),
                () -> ui.access(() -> Notifications.error(getTranslation("invitations.import.too-large",
                        InvitationService.IMPORT_MAX_BYTES / 1000)))));
        upload.setId("inv-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InvitationService.IMPORT_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("invitations.import.drop")));
        var importHelp = new Paragraph(getTranslation("invitations.import.help", InvitationService.IMPORT_HEADER,
                InvitationService.IMPORT_MAX_ROWS));

        grid.setId("invitations-grid");
        grid.addColumn(InvitationRow::fullName).setHeader(getTranslation("invitations.name")).setKey("fullName")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(InvitationRow::email).setHeader(getTranslation("invitations.email")).setKey("email").setSortable(true);
        grid.addColumn(InvitationRow::organisation).setHeader(getTranslation("invitations.organisation")).setKey("organisation")
                .setSortable(true);
        grid.addColumn(i -> Countries.country(i.country(), getLocale())).setHeader(getTranslation("invitations.country"))
                .setKey("country").setSortable(true);
        grid.addColumn(i -> getTranslation("invitation.status." + i.status().name()))
                .setHeader(getTranslation("invitations.status")).setKey("status").setSortable(true);
        grid.addColumn(i -> Viewer.instant(i.createdAt()))
                .setHeader(getTranslation("invitations.sent")).setKey("createdAt").setSortable(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("invitations.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> invitations.page(seminar.id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setSizeFull();
        grid.setMinHeight("16rem");

        add(title, participants, new H3(getTranslation("invitations.one")), form, invite,
                new H3(getTranslation("invitations.import")), importHelp, upload,
                new H3(getTranslation("invitations.sent-list")), grid);
    }

    private com.vaadin.flow.component.Component actions(InvitationRow i) {
        if (!i.revocable()) {
            return new com.vaadin.flow.component.html.Span();
        }
        var revoke = new Button(getTranslation("invitations.revoke"), e -> revoke(i));
        revoke.setId("invitation-revoke-" + i.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    void inviteOne() {
        errors.clear();
        InvitationForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            binder.validate();
            return;
        }
        try {
            invitations.invite(seminar.id(), form);
        } catch (ConveneException e) {
            errors.show(e);
            return;
        }
        Notifications.success(getTranslation("invitations.invited", form.email().strip()));
        binder.readRecord(EMPTY);
        grid.getDataProvider().refreshAll();
    }

    void revoke(InvitationRow i) {
        if (!Notifications.attempt(this, () -> invitations.revoke(i.id()))) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("invitations.revoked", i.email()));
    }

    /** Shows what the list would give; saving re-checks it and stores the valid rows only. */
    public void preview(byte[] csv) {
        var preview = Notifications.attemptGet(this, () -> invitations.preview(seminar.id(), csv));
        if (preview.isEmpty()) {
            return;
        }
        var checked = preview.get();
        var dialog = new Dialog();
        dialog.setId("import-dialog");
        dialog.setHeaderTitle(getTranslation("invitations.preview.title"));
        dialog.setWidth("64rem");
        var summary = new Paragraph(getTranslation("invitations.preview.summary", checked.validCount(), checked.invalidCount()));
        summary.setId("import-summary");
        var rows = new Grid<InvitationImport.Row>();
        rows.setId("import-grid");
        rows.addColumn(InvitationImport.Row::line).setHeader(getTranslation("invitations.preview.line")).setKey("line")
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(InvitationImport.Row::name).setHeader(getTranslation("invitations.name")).setKey("name");
        rows.addColumn(InvitationImport.Row::email).setHeader(getTranslation("invitations.email")).setKey("email");
        rows.addColumn(InvitationImport.Row::organisation).setHeader(getTranslation("invitations.organisation")).setKey("organisation");
        rows.addColumn(InvitationImport.Row::country).setHeader(getTranslation("invitations.country")).setKey("country")
                .setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.valid() ? getTranslation("invitations.preview.ok") : r.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), p.argument())).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("invitations.preview.problems")).setKey("problems").setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.valid() ? null : "error-row");
        rows.setItems(checked.rows());
        var confirm = new Button(getTranslation("invitations.preview.confirm", checked.validCount()), e -> {
            var imported = Notifications.attemptGet(this, () -> invitations.importValid(seminar.id(), csv));
            if (imported.isEmpty()) {
                return;
            }
            Notifications.success(getTranslation("invitations.imported", imported.get()));
            dialog.close();
            grid.getDataProvider().refreshAll();
        });
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(checked.validCount() > 0);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("import-cancel");
        dialog.add(summary, rows);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitations.page-title") + " | " + getTranslation("app.name");
    }
}
