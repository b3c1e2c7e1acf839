package org.convene.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.base.ui.Formats;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.account.Roles;
import org.convene.account.AccountChoice;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.network.ExpertGroup;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.GroupRow;
import org.convene.network.Membership;
import org.convene.network.NetworkService;
import org.springframework.data.domain.PageRequest;

/** Expert groups and networks: organisers manage them all, experts see their own. */
@Route("groups")
@Menu(order = 40, icon = "vaadin:group", title = "menu.groups")
@RolesAllowed({Roles.ORGANISER, Roles.EXPERT})
public class GroupsView extends SplitLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<GroupRow> grid = new Grid<>(GroupRow.class, false);
    final Button create = new Button();
    final VerticalLayout details = new VerticalLayout();
    final Grid<Membership> members = new Grid<>(Membership.class, false);
    private final transient NetworkService network;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private Map<Long, String> names = Map.of();
    private final transient java.util.List<GroupPageSection> sections;

    GroupsView(NetworkService network, AccountService accounts, CurrentUser currentUser,
               org.springframework.beans.factory.ObjectProvider<GroupPageSection> sections) {
        this.network = network;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(GroupPageSection::order)).toList();
        setSizeFull();
        setSplitterPosition(55);

        filter.setId("groups-filter");
        filter.setPlaceholder(getTranslation("groups.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Limits.search(filter, 100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setId("groups-create");
        create.setText(getTranslation("groups.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(currentUser.hasRole(Role.ORGANISER));
        create.addClickListener(e -> openEditor(null));

        grid.setId("groups-grid");
        grid.addColumn(GroupRow::name).setHeader(getTranslation("groups.name")).setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(g -> getTranslation("groups.kind." + g.kind().name())).setHeader(getTranslation("groups.kind"));
        grid.addColumn(GroupRow::memberCount).setHeader(getTranslation("groups.member-count"));
        grid.setItems(q -> network.visibleGroupRows(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue() == null ? null : e.getValue().id()));

        var left = new VerticalLayout(new H2(getTranslation("groups.title")), new HorizontalLayout(filter, create), grid);
        left.setSizeFull();
        details.setId("group-details");
        details.addClassName("groups-details"); // scrolls: sections (documents) make the details longer than the panel
        details.add(new Paragraph(getTranslation("groups.pick")));
        addToPrimary(left);
        addToSecondary(details);

        members.setId("group-members");
        members.setAllRowsVisible(true);
        members.addColumn(m -> names.getOrDefault(m.getUserId(), "?")).setHeader(getTranslation("account.name"));
    }

    void show(Long groupId) {
        details.removeAll();
        if (groupId == null) {
            details.add(new Paragraph(getTranslation("groups.pick")));
            return;
        }
        var group = network.get(groupId);
        var ids = new java.util.HashSet<Long>();
        group.getMembers().forEach(m -> ids.add(m.getUserId()));
        if (group.getCoordinatorId() != null) {
            ids.add(group.getCoordinatorId());
        }
        names = accounts.displayNames(ids);
        var title = new H3(group.getName());
        var kind = new Span(getTranslation("groups.kind." + group.getKind().name()));
        kind.getElement().getThemeList().add("badge");
        var coordinator = new Paragraph(Formats.label(getTranslation("groups.coordinator"), getLocale())
                + (group.getCoordinatorId() == null ? "—" : names.getOrDefault(group.getCoordinatorId(), "?")));
        var description = new Paragraph(group.getDescription());
        description.addClassName("convene-prewrap");
        members.setItems(group.getMembers().stream()
                .sorted(Comparator.comparing(m -> names.getOrDefault(m.getUserId(), ""))).toList());
        details.add(title, kind, coordinator, description, new H3(getTranslation("groups.members")), members);

        if (network.canManage(group.getId())) {
            members.removeAllColumns();
            members.addColumn(m -> names.getOrDefault(m.getUserId(), "?")).setHeader(getTranslation("account.name"));
            members.addComponentColumn(m -> {
                var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removeMember(group, m.getUserId()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("groups.remove-member"));
                return remove;
            }).setFlexGrow(0);
            var picker = expertPicker();
            var memberRule = Rules.one(picker, Rules.chosen(this));
            var add = new Button(getTranslation("groups.add-member"), e -> addMember(group, picker, memberRule));
            add.setId("group-add-member");
            var edit = new Button(getTranslation("action.edit"), e -> openEditor(group));
            edit.setId("group-edit");
            edit.setVisible(currentUser.hasRole(Role.ORGANISER));
            var row = new HorizontalLayout(picker, add);
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            details.add(row, edit);
        }
        sections.forEach(section -> section.create(group).ifPresent(details::add));
    }

    private ComboBox<AccountChoice> expertPicker() {
        var picker = new ComboBox<AccountChoice>(getTranslation("groups.expert"));
        picker.setId("group-member-picker");
        picker.setItemLabelGenerator(AccountChoice::label);
        picker.setItems(q -> accounts.searchExperts(q.getFilter().orElse(""),
                PageRequest.of(q.getPage(), q.getPageSize())).stream());
        return picker;
    }

    private void addMember(ExpertGroup group, ComboBox<AccountChoice> picker, Binder<Object> memberRule) {
        if (!memberRule.validate().isOk()) {
            return;
        }
        try {
            network.addMember(group.getId(), picker.getValue().id());
        } catch (ConveneException e) {
            picker.setInvalid(true);
            picker.setErrorMessage(getTranslation(e.getMessageKey(), e.getArgs()));
            return;
        }
        Notifications.success(getTranslation("groups.member-added"));
        refresh(group);
    }

    private void removeMember(ExpertGroup group, long userId) {
        network.removeMember(group.getId(), userId);
        Notifications.success(getTranslation("groups.member-removed"));
        refresh(group);
    }

    private void refresh(ExpertGroup group) {
        grid.getDataProvider().refreshAll();
        show(group.getId());
    }

    void openEditor(ExpertGroup group) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(group == null ? "groups.create" : "groups.edit"));
        var name = new TextField(getTranslation("groups.name"));
        name.setId("group-name");
        Limits.limit(name, ExpertGroup.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        var kind = new Select<GroupKind>();
        kind.setId("group-kind");
        kind.setLabel(getTranslation("groups.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("groups.kind." + k.name()));
        kind.setValue(GroupKind.EXPERT_GROUP);
        var description = new TextArea(getTranslation("groups.description"));
        description.setId("group-description");
        Limits.limit(description, ExpertGroup.DESCRIPTION_MAX);
        var coordinator = expertPicker();
        coordinator.setLabel(getTranslation("groups.coordinator"));
        coordinator.setId("group-coordinator");
        // One binder: every problem at once on its field, what was typed kept; the service checks again.
        var binder = new Binder<GroupDraft>();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).withValidator(Rules.line(this, ExpertGroup.NAME_MAX, true)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(kind).withValidator(Rules.chosen(this)).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(description).withValidator(Rules.text(this, ExpertGroup.DESCRIPTION_MAX, false))
                .bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(coordinator).bind(d -> d.coordinator, (d, v) -> d.coordinator = v);
        var shown = new GroupDraft();
        if (group != null) {
            shown.name = group.getName();
            shown.kind = group.getKind();
            shown.description = group.getDescription() == null ? "" : group.getDescription();
            shown.coordinator = group.getCoordinatorId() == null ? null
                    : accounts.choice(group.getCoordinatorId()).orElse(null);
        }
        binder.readBean(shown);
        var errors = new FormErrors(this).field("name", name).field("kind", kind)
                .field("description", description).field("coordinatorId", coordinator);
        var save = new Button(getTranslation("action.save"), e -> {
            errors.clear();
            var d = new GroupDraft();
            if (!binder.writeBeanIfValid(d)) {
                binder.validate();
                return;
            }
            var form = new GroupForm(d.name, d.kind, d.description, d.coordinator == null ? null : d.coordinator.id());
            try {
                if (group == null) {
                    network.create(form);
                } else {
                    network.update(group.getId(), form);
                }
            } catch (ConveneException ex) {
                errors.show(ex);
                return;
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("groups.saved"));
            if (group != null) {
                show(group.getId());
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, kind, coordinator, description));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** What the group editor's binder reads back. */
    private static final class GroupDraft {
        String name = "";
        GroupKind kind = GroupKind.EXPERT_GROUP;
        String description = "";
        AccountChoice coordinator;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " | " + getTranslation("app.name");
    }
}
