package org.convene.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Grids;
import org.convene.base.ui.Viewer;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.account.Roles;
import org.convene.account.User;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;

/** Organisers find people and grant or withdraw the expert and organiser roles. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Roles.ORGANISER)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Select<Role> roleFilter = new Select<>();
    final Grid<User> grid = new Grid<>(User.class, false);
    private final transient AccountService accounts;

    UserAdminView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        Limits.search(filter, 100);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        roleFilter.setId("users-role-filter");
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.all-roles"));
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("users.all-roles") : getTranslation("role." + r.name()));
        roleFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("users-grid");
        grid.addColumn(User::getDisplayName).setHeader(getTranslation("account.name")).setKey("displayName").setSortable(true)
                .setTooltipGenerator(User::getDisplayName);
        grid.addColumn(User::getEmail).setHeader(getTranslation("account.email")).setKey("email").setSortable(true);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("account.roles")).setKey("roles");
        grid.addColumn(u -> Viewer.instant(u.getCreatedAt()))
                .setHeader(getTranslation("users.created")).setKey("createdAt").setSortable(true);
        grid.addComponentColumn(u -> {
            var edit = new Button(getTranslation("users.edit-roles"), e -> editRoles(u));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return edit;
        }).setHeader(getTranslation("users.actions")).setKey("actions");
        Grids.fit(grid, "displayName", "email", "createdAt");
        grid.setItems(q -> accounts.search(filter.getValue(), roleFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setSizeFull();

        add(new H2(getTranslation("users.title")), new HorizontalLayout(filter, roleFilter), grid);
    }

    void editRoles(User user) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("users.roles-of", user.getDisplayName()));
        var roles = new CheckboxGroup<Role>();
        roles.setId("user-roles");
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(user.getRoles());
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.setRoles(user.getId(), roles.getValue());
            } catch (ConveneException ex) {
                roles.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArgs()));
                roles.setInvalid(true);
                return;
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("users.roles-saved"));
        });
        save.setId("user-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(roles);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
