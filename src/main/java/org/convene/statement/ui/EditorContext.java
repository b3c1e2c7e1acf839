package org.convene.statement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.convene.account.AccountService;
import org.convene.base.ui.Formats;
import org.convene.base.ui.Notifications;
import org.convene.statement.ParagraphService;
import org.convene.statement.ParagraphView;
import org.convene.statement.PresenceService;
import org.convene.statement.StatementRights;
import org.convene.statement.StatementSummary;
import org.convene.statement.StructureService;

/** What the paragraphs of one open editor share: the statement, the viewer's rights, the services, names. */
final class EditorContext {

    private final Component owner;
    private final StatementSummary statement;
    private final StatementRights rights;
    private final ParagraphService paragraphs;
    private final StructureService structure;
    private final PresenceService presence;
    private final AccountService accounts;
    private final List<ParagraphAction> actions;
    private final ZoneId zone;
    private final Consumer<ParagraphCard> onHistory;
    private final Consumer<Runnable> afterChange;
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private String sessionKey;
    private MoveHandler moves;

    interface MoveHandler {
        void move(ParagraphCard card, int direction);

        void addBelow(ParagraphCard card);
    }

    EditorContext(Component owner, StatementSummary statement, StatementRights rights, ParagraphService paragraphs,
                  StructureService structure, PresenceService presence, AccountService accounts,
                  List<ParagraphAction> actions, ZoneId zone, Consumer<ParagraphCard> onHistory, Consumer<Runnable> afterChange) {
        this.owner = owner;
        this.statement = statement;
        this.rights = rights;
        this.paragraphs = paragraphs;
        this.structure = structure;
        this.presence = presence;
        this.accounts = accounts;
        this.actions = actions;
        this.zone = zone;
        this.onHistory = onHistory;
        this.afterChange = afterChange;
        statement.team().forEach(m -> names.put(m.userId(), m.name()));
    }

    void setSessionKey(String sessionKey) {
        this.sessionKey = sessionKey;
    }

    void setMoves(MoveHandler moves) {
        this.moves = moves;
    }

    StatementSummary statement() {
        return statement;
    }

    ParagraphService paragraphs() {
        return paragraphs;
    }

    StructureService structure() {
        return structure;
    }

    boolean mayEdit() {
        return rights.edit() && !statement.status().frozen();
    }

    String name(Long userId) {
        if (userId == null) {
            return owner.getTranslation("statement.someone");
        }
        return names.computeIfAbsent(userId, id -> accounts.displayNames(List.of(id)).getOrDefault(id,
                owner.getTranslation("statement.someone")));
    }

    String when(Instant at) {
        return Formats.instant(at, zone, com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    void editing(Long paragraphId) {
        if (sessionKey != null) {
            presence.editing(sessionKey, paragraphId);
        }
    }

    /** Runs a change, shows a refusal as a message, then refreshes the editor. */
    void run(Runnable change) {
        Notifications.attempt(owner, change);
        afterChange.accept(() -> { });
    }

    List<Component> actions(ParagraphView paragraph) {
        var list = new ArrayList<Component>();
        for (var action : actions) {
            action.create(statement, paragraph).ifPresent(list::add);
        }
        return list;
    }

    List<Component> paragraphTools(ParagraphCard card) {
        var id = card.paragraph().id();
        var up = tool(VaadinIcon.ARROW_UP, "statement.paragraph.up", "paragraph-" + id + "-up", () -> moves.move(card, -1));
        var down = tool(VaadinIcon.ARROW_DOWN, "statement.paragraph.down", "paragraph-" + id + "-down", () -> moves.move(card, 1));
        var add = tool(VaadinIcon.PLUS, "statement.paragraph.add-below", "paragraph-" + id + "-add", () -> moves.addBelow(card));
        var history = tool(VaadinIcon.CLOCK, "statement.paragraph.history", "paragraph-" + id + "-history", () -> onHistory.accept(card));
        var delete = tool(VaadinIcon.TRASH, "statement.paragraph.delete", "paragraph-" + id + "-delete", card::confirmDelete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return List.of(up, down, add, history, delete);
    }

    Button historyButton(ParagraphCard card) {
        return tool(VaadinIcon.CLOCK, "statement.paragraph.history", "paragraph-" + card.paragraph().id() + "-history",
                () -> onHistory.accept(card));
    }

    private Button tool(VaadinIcon icon, String key, String id, Runnable action) {
        var b = new Button(icon.create(), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(owner.getTranslation(key));
        b.setTooltipText(owner.getTranslation(key));
        return b;
    }
}
