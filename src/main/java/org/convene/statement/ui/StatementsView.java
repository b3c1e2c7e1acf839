package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Viewer;
import org.convene.account.AccountService;
import org.convene.account.Roles;
import org.convene.base.ui.Formats;
import org.convene.statement.StatementSummary;
import org.convene.statement.StatementService;
import org.convene.statement.TeamRole;

/** The statements a person drafts or reviews (organisers: all), and "New statement". */
@Route("statements/drafts")
@Menu(order = 45, icon = "vaadin:file-text", title = "menu.statements.drafts")
@RolesAllowed({Roles.ORGANISER, Roles.EXPERT})
public class StatementsView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<StatementSummary> grid = new Grid<>(StatementSummary.class, false);
    final Button create = new Button();
    private final java.util.List<Grid.Column<StatementSummary>> wide = new java.util.ArrayList<>();
    private final transient StatementService statements;
    private final transient StatementDialogs dialogs;

    StatementsView(StatementService statements, StatementDialogs dialogs, AccountService accounts) {
        this.statements = statements;
        this.dialogs = dialogs;
        addClassName("statement-list");
        setSizeFull();
        var zone = Viewer.zone();

        filter.setId("statements-filter");
        filter.setPlaceholder(getTranslation("statement.list.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Limits.search(filter, 100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        create.setId("statements-create");
        create.setText(getTranslation("statement.list.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> dialogs.open(this, null, id -> open(statements.summary(id))));

        grid.setId("statements-grid");
        grid.addColumn(StatementSummary::title).setHeader(getTranslation("statement.field.title")).setFlexGrow(3)
                .setTooltipGenerator(StatementSummary::title);
        wide.add(grid.addColumn(s -> belongsTo(s)).setHeader(getTranslation("statement.list.belongs-to")).setFlexGrow(2));
        wide.add(grid.addColumn(s -> s.lead().map(StatementSummary.Member::name).orElse("")).setHeader(getTranslation("statement.role.LEAD")));
        grid.addColumn(s -> getTranslation("statement.status." + s.status())).setHeader(getTranslation("statement.list.status"))
                .setAutoWidth(true).setFlexGrow(0);
        wide.add(grid.addColumn(s -> s.language().toUpperCase()).setHeader(getTranslation("statement.field.language"))
                .setAutoWidth(true).setFlexGrow(0));
        wide.add(grid.addColumn(s -> Formats.instant(s.updatedAt(), zone, getLocale())).setHeader(getTranslation("statement.list.updated"))
                .setAutoWidth(true).setFlexGrow(0));
        grid.setItems(q -> statements.mine(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("statement.list.empty"));

        var heading = new H2(getTranslation("statement.list.title"));
        var intro = new Paragraph(getTranslation("statement.list.intro"));
        intro.addClassName("statement-muted");
        var bar = new HorizontalLayout(filter, create);
        bar.addClassName("statement-toolbar");
        bar.setWidthFull();
        filter.setWidth("min(100%, 24rem)");
        add(heading, intro, bar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        // On a phone only the title and the status fit: the other columns show from 700 px.
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> narrow(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(e -> narrow(e.getWidth()));
    }

    private void narrow(int width) {
        wide.forEach(c -> c.setVisible(width >= 700));
    }

    private String belongsTo(StatementSummary s) {
        var parts = new java.util.ArrayList<String>();
        if (s.groupName() != null) {
            parts.add(s.groupName());
        }
        if (s.seminarTitle() != null) {
            parts.add(s.seminarTitle());
        }
        return String.join(" · ", parts);
    }

    private void open(StatementSummary s) {
        getUI().ifPresent(ui -> ui.navigate(StatementEditorView.class, new RouteParameters(StatementEditorView.PUBLIC_ID, s.publicId())));
    }

    static String roleLabel(com.vaadin.flow.component.Component c, TeamRole role) {
        return c.getTranslation("statement.role." + role.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.list.title") + " | " + getTranslation("app.name");
    }
}
