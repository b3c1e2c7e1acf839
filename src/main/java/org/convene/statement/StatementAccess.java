package org.convene.statement;

import java.util.List;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.account.Role;
import org.convene.base.AccessDeniedException;
import org.convene.base.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers who may do what with a statement. Organisers read, edit and comment
 * on every statement; the lead and co-authors read, edit and comment; reviewers read and comment;
 * {@link StatementReaders} beans may let more people read. Everybody else gets a
 * {@link NotFoundException} from the {@code require...} methods: a stranger cannot tell a statement
 * exists. (Published statements are public through the review part's pages, not through here.)
 */
@Component
public class StatementAccess {

    private final StatementRepository statements;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final List<StatementReaders> readers;

    StatementAccess(StatementRepository statements, CurrentUser currentUser, AccountService accounts,
                    List<StatementReaders> readers) {
        this.statements = statements;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.readers = readers;
    }

    @Transactional(readOnly = true)
    public boolean mayRead(long statementId, long userId) {
        return isOrganiser(userId) || statements.roleOf(statementId, userId).isPresent()
                || readers.stream().anyMatch(r -> r.mayRead(statementId, userId));
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(long statementId, long userId) {
        return isOrganiser(userId) || statements.roleOf(statementId, userId).map(TeamRole::edits).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean mayComment(long statementId, long userId) {
        return isOrganiser(userId) || statements.roleOf(statementId, userId).isPresent();
    }

    /** Title, seminar, group, language and team: the lead and organisers. */
    @Transactional(readOnly = true)
    public boolean mayManage(long statementId, long userId) {
        return isOrganiser(userId) || statements.roleOf(statementId, userId).filter(r -> r == TeamRole.LEAD).isPresent();
    }

    /** The current person's rights on a statement (all false when signed out or a stranger). */
    @Transactional(readOnly = true)
    public StatementRights rights(long statementId) {
        var me = currentUser.get();
        if (me.isEmpty()) {
            return new StatementRights(false, false, false, false);
        }
        var id = me.get().id();
        return new StatementRights(mayRead(statementId, id), mayEdit(statementId, id), mayComment(statementId, id),
                mayManage(statementId, id));
    }

    /** The current person's id if they may read, else 404. */
    public long requireRead(long statementId) {
        var me = currentUser.get().orElseThrow(NotFoundException::new).id();
        if (!statements.existsById(statementId) || !mayRead(statementId, me)) {
            throw new NotFoundException();
        }
        return me;
    }

    /** The current person's id if they may edit; 404 for those who may not even read. */
    public long requireEdit(long statementId) {
        var me = requireRead(statementId);
        if (!mayEdit(statementId, me)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    public long requireComment(long statementId) {
        var me = requireRead(statementId);
        if (!mayComment(statementId, me)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    public long requireManage(long statementId) {
        var me = requireRead(statementId);
        if (!mayManage(statementId, me)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private boolean isOrganiser(long userId) {
        var me = currentUser.get();
        if (me.isPresent() && me.get().id() == userId) {
            return currentUser.hasRole(Role.ORGANISER);
        }
        return accounts.hasRole(userId, Role.ORGANISER);
    }
}
