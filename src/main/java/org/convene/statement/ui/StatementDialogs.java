package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.statement.Statement;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The create / edit dialog of a statement's header and team. People are chosen among experts (and
 * organisers, for organisers); the lists hold at most {@link #PEOPLE_MAX} of each.
 */
@SpringComponent
@UIScope
class StatementDialogs {

    static final int PEOPLE_MAX = 500;

    private final StatementService statements;
    private final SeminarService seminars;
    private final NetworkService network;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    StatementDialogs(StatementService statements, SeminarService seminars, NetworkService network, AccountService accounts,
                     CurrentUser currentUser) {
        this.statements = statements;
        this.seminars = seminars;
        this.network = network;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Opens the dialog; {@code statementId} null creates. {@code saved} gets the statement's id. */
    Dialog open(Component owner, Long statementId, LongConsumer saved) {
        var dialog = new Dialog();
        dialog.setId("statement-dialog");
        dialog.setHeaderTitle(owner.getTranslation(statementId == null ? "statement.dialog.create" : "statement.dialog.edit"));
        dialog.setWidth("min(100vw, 44rem)");

        var title = new TextField(owner.getTranslation("statement.field.title"));
        title.setId("statement-title-field");
        Limits.limit(title, Statement.TITLE_MAX);
        title.setRequired(true);
        var seminar = new ComboBox<Long>(owner.getTranslation("statement.field.seminar"));
        seminar.setId("statement-seminar-field");
        var seminarNames = seminarChoices();
        seminar.setItems(seminarNames.keySet());
        seminar.setItemLabelGenerator(seminarNames::get);
        seminar.setClearButtonVisible(true);
        var group = new ComboBox<Long>(owner.getTranslation("statement.field.group"));
        group.setId("statement-group-field");
        var groupNames = new LinkedHashMap<Long, String>();
        network.visibleGroups("", PageRequest.of(0, 200, Sort.by("name"))).forEach(g -> groupNames.put(g.getId(), g.getName()));
        group.setItems(groupNames.keySet());
        group.setItemLabelGenerator(groupNames::get);
        group.setClearButtonVisible(true);
        group.setHelperText(owner.getTranslation("statement.field.belongs-help"));
        var language = new Select<String>();
        language.setId("statement-language-field");
        language.setLabel(owner.getTranslation("statement.field.language"));
        language.setItems(StatementService.LANGUAGES);
        language.setItemLabelGenerator(l -> Locale.forLanguageTag(l).getDisplayLanguage(com.vaadin.flow.component.UI.getCurrent().getLocale()));

        var people = peopleChoices();
        var lead = new ComboBox<Long>(owner.getTranslation("statement.role.LEAD"));
        lead.setId("statement-lead-field");
        var coAuthors = new MultiSelectComboBox<Long>(owner.getTranslation("statement.role.CO_AUTHOR.plural"));
        coAuthors.setId("statement-coauthors-field");
        var reviewers = new MultiSelectComboBox<Long>(owner.getTranslation("statement.role.REVIEWER.plural"));
        reviewers.setId("statement-reviewers-field");

        // One binder on the record: every problem at once on its field, what was typed kept; the service checks again.
        var binder = new Binder<>(StatementForm.class);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).withValidator(Rules.line(owner, Statement.TITLE_MAX, true)).bind("title");
        binder.forField(seminar).withValidator(Rules.rule(owner, s -> s != null || group.getValue() != null,
                "statement.error.belongs-to")).bind("seminarId");
        binder.forField(group).bind("groupId");
        binder.forField(language).withValidator(Rules.rule(owner, l -> l != null && StatementService.LANGUAGES.contains(l),
                "statement.error.language")).bind("language");
        binder.forField(lead).withValidator(Rules.chosen(owner)).bind("leadId");
        binder.forField(coAuthors).withValidator(Rules.rule(owner, co -> co.stream().noneMatch(id ->
                id.equals(lead.getValue()) || reviewers.getValue().contains(id)), "statement.error.team-twice"))
                .bind("coAuthorIds");
        binder.forField(reviewers).withValidator(Rules.rule(owner, rev -> !rev.contains(lead.getValue()),
                        "statement.error.team-twice"))
                .withValidator(Rules.rule(owner, rev -> 1 + coAuthors.getValue().size() + rev.size() <= StatementService.TEAM_MAX,
                        "statement.error.team-size", StatementService.TEAM_MAX))
                .bind("reviewerIds");
        var triedSaving = new boolean[1];
        group.addValueChangeListener(e -> {
            if (triedSaving[0]) {
                binder.validate();
            }
        });
        lead.addValueChangeListener(e -> {
            if (triedSaving[0]) {
                binder.validate();
            }
        });

        if (statementId != null) {
            var form = statements.form(statementId);
            var teamIds = new HashSet<Long>();
            if (form.leadId() != null) {
                teamIds.add(form.leadId());
            }
            teamIds.addAll(form.coAuthorIds());
            teamIds.addAll(form.reviewerIds());
            accounts.displayNames(teamIds).forEach(people::putIfAbsent);
            if (form.seminarId() != null && !seminarNames.containsKey(form.seminarId())) {
                seminars.findVisible(form.seminarId()).ifPresent(s -> seminarNames.put(s.id(), s.title()));
                seminar.setItems(seminarNames.keySet());
            }
            fill(people, lead, coAuthors, reviewers);
            binder.readRecord(form);
        } else {
            fill(people, lead, coAuthors, reviewers);
            binder.readRecord(new StatementForm("", null, null,
                    com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage().equals("fr") ? "fr" : "en",
                    currentUser.get().filter(me -> people.containsKey(me.id())).map(me -> me.id()).orElse(null),
                    Set.of(), Set.of()));
        }

        var errors = new FormErrors(owner).field("title", title).field("seminarId", seminar).field("groupId", group)
                .field("language", language).field("leadId", lead).field("coAuthorIds", coAuthors).field("reviewerIds", reviewers);
        var save = new Button(owner.getTranslation("action.save"));
        save.setId("statement-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            triedSaving[0] = true;
            StatementForm form;
            try {
                form = binder.writeRecord();
            } catch (ValidationException invalid) {
                binder.validate();
                return;
            }
            try {
                long id;
                if (statementId == null) {
                    id = statements.create(form);
                } else {
                    statements.update(statementId, form);
                    id = statementId;
                }
                dialog.close();
                Notifications.success(owner.getTranslation("statement.dialog.saved"));
                saved.accept(id);
            } catch (ConveneException ex) {
                errors.show(ex);
            }
        });
        var cancel = new Button(owner.getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("statement-dialog-cancel");
        var layout = new FormLayout(title, language, group, seminar, lead, coAuthors, reviewers);
        layout.setColspan(title, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        dialog.add(layout);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        return dialog;
    }

    private static void fill(Map<Long, String> people, ComboBox<Long> lead, MultiSelectComboBox<Long> co,
                             MultiSelectComboBox<Long> rev) {
        var ids = people.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT))))
                .map(Map.Entry::getKey).toList();
        lead.setItems(ids);
        lead.setItemLabelGenerator(id -> people.getOrDefault(id, "?"));
        co.setItems(ids);
        co.setItemLabelGenerator(id -> people.getOrDefault(id, "?"));
        rev.setItems(ids);
        rev.setItemLabelGenerator(id -> people.getOrDefault(id, "?"));
    }

    private Map<Long, String> seminarChoices() {
        var map = new LinkedHashMap<Long, String>();
        var page = PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "startsAt"));
        var list = currentUser.hasRole(Role.ORGANISER) ? seminars.search(SeminarFilter.none(), page)
                : seminars.catalogue(SeminarFilter.none(), page);
        list.forEach(s -> map.put(s.id(), s.title()));
        return map;
    }

    private Map<Long, String> peopleChoices() {
        var map = new LinkedHashMap<Long, String>();
        var page = PageRequest.of(0, PEOPLE_MAX, Sort.by("displayName"));
        accounts.searchExperts("", page).forEach(u -> map.put(u.id(), u.displayName()));
        if (currentUser.hasRole(Role.ORGANISER)) {
            accounts.choices("", Role.ORGANISER, page).forEach(u -> map.put(u.id(), u.displayName()));
        }
        return map;
    }
}
