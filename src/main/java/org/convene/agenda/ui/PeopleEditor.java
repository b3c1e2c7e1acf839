package org.convene.agenda.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.LongFunction;
import org.convene.account.AccountChoice;
import org.convene.agenda.PersonRow;
import org.convene.agenda.PersonForm;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;

/**
 * The speakers and chairs of a seminar: the list, the selected person's name, affiliation, bio and
 * (optionally) account, new, delete. A valid form fires {@link SaveEvent}, the delete button
 * {@link DeleteEvent}; the view asks the service and hands back the new list ({@link #setPeople}) or the
 * service's refusal ({@link #show}). The buttons are fields: the view puts them in its dialog's footer.
 */
public class PeopleEditor extends VerticalLayout {

    final Grid<PersonRow> list = new Grid<>(PersonRow.class, false);
    final TextField name = new TextField();
    final TextField affiliation = new TextField();
    final TextArea bio = new TextArea();
    final ComboBox<AccountChoice> account = new ComboBox<>();
    final Button save = new Button();
    final Button fresh = new Button();
    final Button remove = new Button();
    private final FormErrors errors = new FormErrors(this);
    private final Binder<Draft> binder = new Binder<>();

    /**
     * @param users   the accounts the account field offers, page by page, for what was typed
     * @param userById the account a person is linked to
     */
    PeopleEditor(List<PersonRow> people, CallbackDataProvider.FetchCallback<AccountChoice, String> users,
                 LongFunction<AccountChoice> userById) {
        setPadding(false);
        list.setId("people-grid");
        list.addColumn(PersonRow::name).setHeader(getTranslation("agenda.person.name"));
        list.addColumn(PersonRow::affiliation).setHeader(getTranslation("agenda.person.affiliation"));
        list.setItems(people);
        list.setHeight("14rem");
        name.setLabel(getTranslation("agenda.person.name"));
        name.setId("people-name");
        Limits.limit(name, PersonForm.NAME_MAX);
        affiliation.setLabel(getTranslation("agenda.person.affiliation"));
        affiliation.setId("people-affiliation");
        Limits.limit(affiliation, PersonForm.AFFILIATION_MAX);
        bio.setLabel(getTranslation("agenda.person.bio"));
        bio.setId("people-bio");
        Limits.limit(bio, PersonForm.BIO_MAX);
        account.setLabel(getTranslation("agenda.person.account"));
        account.setId("people-user");
        account.setItemLabelGenerator(AccountChoice::label);
        account.setItems(users);
        account.setClearButtonVisible(true);
        errors.field("name", name).field("affiliation", affiliation).field("bio", bio).field("userId", account);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(this, PersonForm.NAME_MAX, true)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(affiliation).withValidator(Rules.line(this, PersonForm.AFFILIATION_MAX, false))
                .bind(d -> d.affiliation, (d, v) -> d.affiliation = v);
        binder.forField(bio).withValidator(Rules.text(this, PersonForm.BIO_MAX, false)).bind(d -> d.bio, (d, v) -> d.bio = v);
        binder.forField(account).bind(d -> d.account, (d, v) -> d.account = v);
        binder.readBean(new Draft());
        list.asSingleSelect().addValueChangeListener(e -> {
            var p = e.getValue();
            var d = new Draft();
            if (p != null) {
                d.name = p.name();
                d.affiliation = p.affiliation() == null ? "" : p.affiliation();
                d.bio = p.bio() == null ? "" : p.bio();
                d.account = p.userId() == null ? null : userById.apply(p.userId());
            }
            binder.readBean(d);
        });

        save.setText(getTranslation("action.save"));
        save.setId("people-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveIfValid());
        fresh.setText(getTranslation("agenda.person.new"));
        fresh.setId("people-new");
        fresh.addClickListener(e -> list.asSingleSelect().clear());
        remove.setText(getTranslation("action.delete"));
        remove.setId("people-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> {
            var person = list.asSingleSelect().getValue();
            if (person != null) {
                fireEvent(new DeleteEvent(this, person.id()));
            }
        });

        var form = new FormLayout(name, affiliation, account, bio);
        form.setColspan(bio, 2);
        add(list, form);
    }

    private void saveIfValid() {
        errors.clear();
        var d = new Draft();
        if (!binder.writeBeanIfValid(d)) {
            binder.validate();
            return;
        }
        var person = list.asSingleSelect().getValue();
        fireEvent(new SaveEvent(this, person == null ? null : person.id(),
                new PersonForm(d.name, d.affiliation, d.bio, d.account == null ? null : d.account.id())));
    }

    /** The list after a save or a delete; nobody selected, so the form is empty for the next person. */
    void setPeople(List<PersonRow> people) {
        list.setItems(people);
        list.asSingleSelect().clear();
    }

    /** The service's refusal, on its field. */
    void show(ConveneException e) {
        errors.show(e);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** What the binder reads back. */
    private static final class Draft {
        String name = "";
        String affiliation = "";
        String bio = "";
        AccountChoice account;
    }

    /** Store this person: a new one when {@code personId} is null, else that one changed. */
    public static final class SaveEvent extends ComponentEvent<PeopleEditor> {
        private final Long personId;
        private final PersonForm form;

        SaveEvent(PeopleEditor source, Long personId, PersonForm form) {
            super(source, false);
            this.personId = personId;
            this.form = form;
        }

        public Long getPersonId() {
            return personId;
        }

        public PersonForm getForm() {
            return form;
        }
    }

    public static final class DeleteEvent extends ComponentEvent<PeopleEditor> {
        private final long personId;

        DeleteEvent(PeopleEditor source, long personId) {
            super(source, false);
            this.personId = personId;
        }

        public long getPersonId() {
            return personId;
        }
    }
}
