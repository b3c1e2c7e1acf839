package org.convene.statement.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.base.ui.Formats;
import org.convene.account.AccountService;
import org.convene.statement.ParagraphService;
import org.convene.statement.Presence;
import org.convene.statement.PresenceService;
import org.convene.statement.StatementAccess;
import org.convene.statement.StatementChange;
import org.convene.statement.StatementLive;
import org.convene.statement.StatementService;
import org.convene.statement.StatementSummary;
import org.convene.statement.StructureService;
import org.convene.statement.TeamRole;

/**
 * The statement editor: header and team, who is here, the body (sections and paragraphs, each
 * saved on its own), and side panels ({@link StatementPanel}s: history here, review panels from the
 * review part). Saved changes of others appear live: the change feed reaches this UI through
 * {@link StatementLive} and server push. Strangers get the not-found page.
 */
@Route("statements/drafts/:publicId")
@PermitAll
public class StatementEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PUBLIC_ID = "publicId";

    final Div header = new Div();
    final Div presenceBar = new Div();
    final StatementBodyView body;
    final TabSheet panels = new TabSheet();
    private final transient StatementService statements;
    private final transient ParagraphService paragraphs;
    private final transient StructureService structure;
    private final transient PresenceService presence;
    private final transient StatementAccess access;
    private final transient StatementLive live;
    private final transient AccountService accounts;
    private final transient StatementDialogs dialogs;
    private final transient List<StatementPanel> panelBeans;
    private final transient List<ParagraphAction> actionBeans;
    private StatementSummary statement;
    private EditorContext ctx;
    private AutoCloseable subscription;
    private String sessionKey;
    private String title = "";

    StatementEditorView(StatementService statements, ParagraphService paragraphs, StructureService structure,
                        PresenceService presence, StatementAccess access, StatementLive live, AccountService accounts,
                        StatementDialogs dialogs, List<StatementPanel> panelBeans, List<ParagraphAction> actionBeans,
                        HistoryDialogs history) {
        this.statements = statements;
        this.paragraphs = paragraphs;
        this.structure = structure;
        this.presence = presence;
        this.access = access;
        this.live = live;
        this.accounts = accounts;
        this.dialogs = dialogs;
        this.panelBeans = panelBeans.stream().sorted(Comparator.comparingInt(StatementPanel::order)).toList();
        this.actionBeans = actionBeans.stream().sorted(Comparator.comparingInt(ParagraphAction::order)).toList();
        this.body = new StatementBodyView(history);
        addClassName("statement-editor");
        header.setId("statement-header");
        header.addClassName("statement-header");
        presenceBar.setId("statement-presence");
        presenceBar.addClassName("statement-presence");
        panels.setId("statement-panels");
        panels.addClassName("statement-panels");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PUBLIC_ID).flatMap(statements::findByPublicId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        statement = found.get();
        title = statement.title();
        build();
    }

    private void build() {
        removeAll();
        while (panels.getSelectedTab() != null) {
            panels.remove(panels.getSelectedTab());
        }
        var rights = access.rights(statement.id());
        ctx = new EditorContext(this, statement, rights, paragraphs, structure, presence, accounts, actionBeans,
                org.convene.base.ui.Viewer.zone(), body::showHistory, after -> refresh());
        ctx.setSessionKey(sessionKey);
        body.setContext(ctx);
        drawHeader();
        var main = new Div(presenceBar, body);
        main.addClassName("statement-main");
        var side = new Div(panels);
        side.addClassName("statement-side");
        for (var panel : panelBeans) {
            panel.create(statement).ifPresent(component -> {
                var tab = panels.add(getTranslation(panel.titleKey()), component);
                tab.setId("statement-tab-" + panel.id());
                ComponentUtil.addListener(component, TextChanged.class, changed -> body.reload(changed.paragraphId()));
            });
        }
        side.setVisible(!panelBeans.isEmpty());
        var columns = new Div(main, side);
        columns.addClassName("statement-columns");
        add(header, columns);
        body.load();
    }

    private void drawHeader() {
        header.removeAll();
        var h = new H2(statement.title());
        h.setId("statement-title");
        var status = new Span(getTranslation("statement.status." + statement.status()));
        status.getElement().getThemeList().add("badge");
        status.setId("statement-status");
        var titleRow = new Div(h, status);
        titleRow.addClassName("statement-title-row");
        if (access.rights(statement.id()).manage() && !statement.status().frozen()) {
            var edit = new Button(getTranslation("statement.header.edit"), VaadinIcon.COG.create(),
                    e -> dialogs.open(this, statement.id(), id -> reloadHeader()));
            edit.setId("statement-edit-header");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            titleRow.add(edit);
        }
        var belongs = new ArrayList<String>();
        if (statement.groupName() != null) {
            belongs.add(statement.groupName());
        }
        if (statement.seminarTitle() != null) {
            belongs.add(statement.seminarTitle());
        }
        belongs.add(java.util.Locale.forLanguageTag(statement.language()).getDisplayLanguage(getLocale()));
        var where = new Div(String.join(" · ", belongs));
        where.addClassName("statement-muted");
        var team = new Div();
        team.setId("statement-team");
        team.addClassName("statement-team");
        for (var role : TeamRole.values()) {
            var people = statement.withRole(role);
            if (!people.isEmpty()) {
                team.add(new Span(Formats.label(getTranslation("statement.role." + role + (people.size() > 1 ? ".plural" : "")), getLocale())
                        + people.stream().map(StatementSummary.Member::name).collect(Collectors.joining(", "))));
            }
        }
        header.add(titleRow, where, team);
    }

    private void reloadHeader() {
        statement = statements.summary(statement.id());
        title = statement.title();
        build();
    }

    /** Reloads the body and who is here (after this person's own change, or a live one). */
    void refresh() {
        body.load();
        showPresence();
    }

    private void onChange(StatementChange change) {
        switch (change.kind()) {
            case "HEADER" -> reloadHeader();
            case "PRESENCE" -> showPresence();
            case "PARAGRAPH_SAVED" -> body.reload(change.paragraphId());
            default -> body.load();
        }
    }

    private void showPresence() {
        if (statement == null) {
            return;
        }
        var here = presence.present(statement.id());
        presenceBar.removeAll();
        var names = here.stream().map(Presence::name).distinct().toList();
        presenceBar.add(new Span(getTranslation("statement.presence.here", String.join(", ", names))));
        body.showLocks(here.stream().filter(p -> !p.sessionKey().equals(sessionKey)).toList());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (statement == null) {
            return;
        }
        subscription = LiveUpdates.subscribe(event.getUI(), live, statement.id(), this::onChange);
        sessionKey = presence.enter(statement.id());
        ctx.setSessionKey(sessionKey);
        showPresence();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a subscription does not fail
            }
            subscription = null;
        }
        if (sessionKey != null) {
            presence.leave(sessionKey);
            sessionKey = null;
        }
        super.onDetach(event);
    }

    /** The statement on screen (tests, extension points). */
    StatementSummary statement() {
        return statement;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
