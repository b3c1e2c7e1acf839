package org.convene.notification;

import java.util.List;
import java.util.Locale;
import org.convene.account.AccountService;
import org.convene.account.User;
import org.convene.base.ConveneSettings;
import org.convene.base.i18n.TranslationProvider;
import org.convene.statement.CommentMentioned;
import org.convene.statement.ProposalDecided;
import org.convene.statement.SignaturesVoided;
import org.convene.statement.StatementDirectory;
import org.convene.statement.StatementFrozen;
import org.convene.statement.StatementPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about statements (proposal decided, mention, request to sign, sign-offs voided, publication),
 * composed with the shared {@link MailTemplates} and put in the outbox like {@link Notifier} does; texts
 * live in the statement module's bundle ({@code statement.mail.*}). Idempotency keys name (event,
 * recipient), so a reaction run again after a restart adds nothing.
 */
@Component
class StatementMails {

    private final StatementDirectory statements;
    private final AccountService accounts;
    private final OutboxService outbox;
    private final MailTemplates templates;
    private final TranslationProvider i18n;
    private final String publicUrl;

    StatementMails(StatementDirectory statements, AccountService accounts, OutboxService outbox, MailTemplates templates,
                   TranslationProvider i18n, ConveneSettings settings) {
        this.statements = statements;
        this.accounts = accounts;
        this.outbox = outbox;
        this.templates = templates;
        this.i18n = i18n;
        this.publicUrl = settings.publicUrl();
    }

    @ApplicationModuleListener
    void on(ProposalDecided e) {
        var kind = e.accepted() ? "accepted" : "declined";
        send("PROPOSAL:" + e.proposalId(), MessageKind.STATEMENT_PROPOSAL_DECIDED, e.statementId(), List.of(e.proposerId()),
                "statement.mail.proposal-" + kind, e.reason(), false);
    }

    @ApplicationModuleListener
    void on(CommentMentioned e) {
        send("MENTION:c" + e.commentId(), MessageKind.STATEMENT_MENTIONED, e.statementId(), e.mentionedUserIds(),
                "statement.mail.mentioned", accounts.displayNames(List.of(e.authorId())).getOrDefault(e.authorId(), "?"), false);
    }

    @ApplicationModuleListener
    void on(StatementFrozen e) {
        send("FROZEN:s" + e.statementId() + ":r" + e.round(), MessageKind.STATEMENT_SIGN_REQUESTED, e.statementId(),
                e.signatoryUserIds(), "statement.mail.sign", e.contentHash(), false);
    }

    @ApplicationModuleListener
    void on(SignaturesVoided e) {
        send("VOIDED:s" + e.statementId() + ":r" + e.round(), MessageKind.STATEMENT_SIGNATURES_VOIDED, e.statementId(),
                e.signatoryUserIds(), "statement.mail.voided", e.reason(), false);
    }

    @ApplicationModuleListener
    void on(StatementPublished e) {
        send("PUBLISHED:s" + e.statementId() + ":n" + e.number(), MessageKind.STATEMENT_PUBLISHED, e.statementId(),
                e.recipientUserIds(), "statement.mail.published", String.valueOf(e.number()), true);
    }

    /** One message per recipient: subject and body from {@code <prefix>.subject/.body} with (title, detail). */
    private void send(String key, MessageKind kind, long statementId, List<Long> userIds, String prefix, String detail,
                      boolean publicPage) {
        var statement = statements.forSystem(statementId).orElse(null);
        if (statement == null || userIds.isEmpty()) {
            return;
        }
        var link = publicUrl + "/" + (publicPage ? statement.publicPath() : statement.workPath());
        for (User user : accounts.findAll(userIds).values()) {
            if (!user.isEnabled()) {
                continue;
            }
            Locale locale = user.getLocale();
            var content = new MailTemplates.Content(t(prefix + ".subject", locale, statement.title()), user.getDisplayName(),
                    List.of(t(prefix + ".body", locale, statement.title(), detail == null ? "" : detail)),
                    t("statement.mail.open", locale), link);
            var rendered = templates.render(content, locale);
            outbox.enqueue(new MailMessage("STATEMENT_" + key + ":u" + user.getId(), kind, null, user.getId(),
                    user.getEmail(), user.getDisplayName(), locale, content.subject(), rendered.text(), rendered.html(),
                    null, null, null, null));
        }
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
