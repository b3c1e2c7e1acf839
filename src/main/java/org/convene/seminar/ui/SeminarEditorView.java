package org.convene.seminar.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.ui.Notifications;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarPage;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Visibility;

/** Organisers create a seminar ("organiser/seminars/new") or edit one ("organiser/seminars/42/edit"). */
@Route("organiser/seminars/new")
@RouteAlias("organiser/seminars/:" + SeminarEditorView.ID + "([0-9]{1,18})/edit")
@RolesAllowed(Roles.ORGANISER)
public class SeminarEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final H2 heading = new H2();
    final Span status = new Span();
    final Paragraph notice = new Paragraph();
    final SeminarEditorForm form = new SeminarEditorForm();
    private final transient SeminarService seminars;
    private final transient AccountService accounts;
    private Long seminarId;

    SeminarEditorView(SeminarService seminars, AccountService accounts) {
        this.seminars = seminars;
        this.accounts = accounts;
        addClassName("seminar-editor");
        heading.setId("seminar-editor-heading");
        status.setId("seminar-editor-status");
        status.getElement().getThemeList().add("badge");
        notice.setId("seminar-editor-notice");
        notice.setVisible(false);
        var top = new HorizontalLayout(heading, status);
        top.setAlignItems(Alignment.BASELINE);
        form.addSaveListener(e -> save(e.getValue()));
        form.addCancelListener(e -> backToList());
        add(top, notice, form);
    }

    /** The route parameters of the editor for an existing seminar (its alias with the id). */
    public static com.vaadin.flow.router.RouteParameters editParameters(long id) {
        return new com.vaadin.flow.router.RouteParameters(ID, String.valueOf(id));
    }

    /** The address of the editor for an existing seminar. */
    public static String editUrl(long id) {
        return "organiser/seminars/" + id + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong(ID);
        if (id.isEmpty()) {
            seminarId = null;
            heading.setText(getTranslation("seminar.editor.new"));
            status.setVisible(false);
            form.setValue(new SeminarForm("", "", "", Set.of(), SeminarFormat.IN_PERSON, "", "", "", null, "",
                    accounts.me().getTimeZone().getId(), null, null, Set.of(), null, null, null, false,
                    Visibility.PUBLIC));
            return;
        }
        SeminarPage page;
        try {
            page = seminars.editable(id.get());
        } catch (NotFoundException e) {
            Notifications.error(getTranslation(e.getMessageKey()));
            event.forwardTo(SeminarsView.class);
            return;
        }
        var seminar = page.seminar();
        seminarId = seminar.id();
        heading.setText(getTranslation("seminar.editor.edit"));
        status.setText(SeminarLabels.status(this, seminar.status()));
        status.setVisible(true);
        form.setValue(SeminarForm.of(page));
        var cancelled = seminar.status() == SeminarStatus.CANCELLED;
        form.setReadOnly(cancelled);
        notice.setVisible(cancelled || seminar.status() == SeminarStatus.PUBLISHED);
        notice.setText(getTranslation(cancelled ? "seminar.editor.cancelled-notice" : "seminar.editor.published-notice"));
    }

    private void save(SeminarForm value) {
        form.clearErrors();
        try {
            if (seminarId == null) {
                seminars.create(value);
                Notifications.success(getTranslation("seminar.editor.created"));
            } else {
                seminars.update(seminarId, value);
                Notifications.success(getTranslation("seminar.editor.saved"));
            }
        } catch (ConveneException e) {
            form.showError(e);
            return;
        }
        backToList();
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(SeminarsView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(seminarId == null ? "seminar.editor.new" : "seminar.editor.edit") + " | "
                + getTranslation("app.name");
    }
}
