package org.convene.statement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.convene.base.ui.Limits;
import org.convene.base.ui.Rules;
import com.vaadin.flow.data.binder.Binder;
import org.convene.account.Roles;
import org.convene.base.ConveneException;
import org.convene.base.ui.FormErrors;
import org.convene.base.ui.Notifications;
import org.convene.statement.ChecklistDefinition;
import org.convene.statement.ChecklistForm;
import org.convene.statement.ChecklistService;

/** Organisers define the review checklists that statement teams answer before sign-off. */
@Route("statements/checklists")
@Menu(order = 56, icon = "vaadin:check-square-o", title = "statement.review.checklists.menu")
@RolesAllowed(Roles.ORGANISER)
public class ChecklistsView extends SplitLayout implements HasDynamicTitle {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int QUESTION_MAX = 500;
    static final int GUIDANCE_MAX = 4000;

    final TextField filter = new TextField();
    final Grid<ChecklistDefinition> grid = new Grid<>();
    final Button create = new Button();
    final VerticalLayout editor = new VerticalLayout();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    /** The checklist's title and description; each question row has its own binder. */
    private final Binder<String[]> binder = new Binder<>();
    final VerticalLayout itemRows = new VerticalLayout();
    final Button addItem = new Button();
    final Button save = new Button();
    private final List<ItemRow> rows = new ArrayList<>();
    private final transient ChecklistService checklists;
    private Long editing;

    ChecklistsView(ChecklistService checklists) {
        this.checklists = checklists;
        setSizeFull();
        setSplitterPosition(40);
        addClassName("statement-checklists");

        filter.setId("checklists-filter");
        filter.setPlaceholder(getTranslation("statement.review.checklists.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Limits.search(filter, 100);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setId("checklists-create");
        create.setText(getTranslation("statement.review.checklists.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> edit(null));

        grid.setId("checklists-grid");
        grid.addColumn(ChecklistDefinition::title).setHeader(getTranslation("statement.review.checklists.title"))
                .setKey("title").setSortProperty("title").setFlexGrow(3);
        grid.addColumn(c -> c.items().size()).setHeader(getTranslation("statement.review.checklists.items"));
        grid.setItems(q -> checklists.page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });

        var left = new VerticalLayout(new H2(getTranslation("statement.review.checklists.heading")),
                new HorizontalLayout(filter, create), grid);
        left.setSizeFull();

        title.setId("checklist-title");
        title.setLabel(getTranslation("statement.review.checklists.title"));
        Limits.limit(title, TITLE_MAX);
        title.setWidthFull();
        title.setRequiredIndicatorVisible(true);
        description.setId("checklist-description");
        description.setLabel(getTranslation("statement.review.checklists.description"));
        Limits.limit(description, DESCRIPTION_MAX);
        description.setWidthFull();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(title).withValidator(Rules.line(this, TITLE_MAX, true)).bind(d -> d[0], (d, v) -> d[0] = v);
        binder.forField(description).withValidator(Rules.text(this, DESCRIPTION_MAX, false)).bind(d -> d[1], (d, v) -> d[1] = v);
        addItem.setId("checklist-add-item");
        addItem.setText(getTranslation("statement.review.checklists.add-item"));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.addClickListener(e -> addRow(null, "", ""));
        save.setId("checklist-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        itemRows.setPadding(false);
        editor.setId("checklist-editor");
        editor.add(new Paragraph(getTranslation("statement.review.checklists.pick")));
        addToPrimary(left);
        addToSecondary(editor);
    }

    void edit(ChecklistDefinition checklist) {
        editor.removeAll();
        rows.clear();
        itemRows.removeAll();
        editing = checklist == null ? null : checklist.id();
        binder.readBean(new String[] {checklist == null ? "" : checklist.title(),
                checklist == null ? "" : checklist.description()});
        if (checklist == null) {
            addRow(null, "", "");
        } else {
            checklist.items().forEach(i -> addRow(i.id(), i.question(), i.guidance()));
        }
        editor.add(new H3(getTranslation(checklist == null ? "statement.review.checklists.create" : "statement.review.checklists.edit")),
                title, description, new H3(getTranslation("statement.review.checklists.items")), itemRows, addItem, save);
    }

    private void addRow(Long id, String question, String guidance) {
        var row = new ItemRow(id);
        row.binder.readBean(new String[] {question, guidance});
        rows.add(row);
        renumber();
    }

    private void renumber() {
        itemRows.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            row.question.setLabel(getTranslation("statement.review.checklists.question", i + 1));
            row.question.setId("checklist-question-" + (i + 1));
            row.guidance.setId("checklist-guidance-" + (i + 1));
            itemRows.add(row);
        }
    }

    private void move(ItemRow row, int delta) {
        int from = rows.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        renumber();
    }

    void save() {
        var errors = new FormErrors(this).field("title", title).field("description", description);
        errors.clear();
        // Every problem at once: the header's and each question's; the service checks again.
        var header = new String[2];
        var valid = binder.writeBeanIfValid(header);
        var items = new java.util.ArrayList<ChecklistForm.Item>();
        for (var row : rows) {
            var typed = new String[2];
            if (row.binder.writeBeanIfValid(typed)) {
                items.add(new ChecklistForm.Item(row.id, typed[0], typed[1]));
            } else {
                row.binder.validate();
                valid = false;
            }
        }
        if (!valid) {
            binder.validate();
            return;
        }
        var form = new ChecklistForm(header[0], header[1], items);
        try {
            if (editing == null) {
                editing = checklists.create(form);
            } else {
                checklists.update(editing, form);
            }
        } catch (ConveneException ex) {
            errors.show(ex);
            return;
        }
        Notifications.success(getTranslation("statement.review.checklists.saved"));
        grid.getDataProvider().refreshAll();
        edit(checklists.get(editing));
    }

    /** One item in the editor: question, guidance, move and remove. */
    private final class ItemRow extends Div {
        final Long id;
        final TextField question = new TextField();
        final TextArea guidance = new TextArea();
        final Binder<String[]> binder = new Binder<>();

        ItemRow(Long id) {
            this.id = id;
            addClassName("checklist-item-row");
            Limits.limit(question, QUESTION_MAX);
            question.setWidthFull();
            guidance.setLabel(getTranslation("statement.review.checklists.guidance"));
            Limits.limit(guidance, GUIDANCE_MAX);
            guidance.setWidthFull();
            binder.setDefaultValidatorsEnabled(false);
            binder.forField(question).withValidator(Rules.line(ChecklistsView.this, QUESTION_MAX, true))
                    .bind(d -> d[0], (d, v) -> d[0] = v);
            binder.forField(guidance).withValidator(Rules.text(ChecklistsView.this, GUIDANCE_MAX, false))
                    .bind(d -> d[1], (d, v) -> d[1] = v);
            var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            up.setAriaLabel(getTranslation("statement.review.checklists.up"));
            var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            down.setAriaLabel(getTranslation("statement.review.checklists.down"));
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                renumber();
            });
            remove.setAriaLabel(getTranslation("statement.review.checklists.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (var b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            add(question, guidance, new HorizontalLayout(up, down, remove));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.review.checklists.heading") + " | " + getTranslation("app.name");
    }
}
