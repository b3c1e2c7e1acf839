package org.convene.notification;

import java.util.List;
import org.convene.account.AccountService;
import org.convene.account.User;
import org.convene.base.ConveneSettings;
import org.convene.base.i18n.TranslationProvider;
import org.convene.calendar.IcsRenderer;
import org.convene.document.DocumentShared;
import org.convene.document.DocumentService;
import org.convene.document.FolderNames;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Tell the participants" about a shared document: one message to each person who can see it (the
 * document module says who), in their language, through the outbox. The key names the item, its
 * version and the recipient, so sharing the same version twice sends nothing more.
 */
@Component
class DocumentMails {

    private final DocumentService documents;
    private final SeminarService seminars;
    private final NetworkService network;
    private final IcsRenderer calendar;
    private final AccountService accounts;
    private final OutboxService outbox;
    private final MailTemplates templates;
    private final TranslationProvider i18n;
    private final String publicUrl;

    DocumentMails(DocumentService documents, SeminarService seminars, NetworkService network, IcsRenderer calendar,
                  AccountService accounts, OutboxService outbox, MailTemplates templates, TranslationProvider i18n,
                  ConveneSettings settings) {
        this.documents = documents;
        this.seminars = seminars;
        this.network = network;
        this.calendar = calendar;
        this.accounts = accounts;
        this.outbox = outbox;
        this.templates = templates;
        this.i18n = i18n;
        this.publicUrl = settings.publicUrl();
    }

    @ApplicationModuleListener
    void on(DocumentShared e) {
        var audience = documents.audience(e.itemId());
        if (audience.userIds().isEmpty()) {
            return;
        }
        String where;
        String link;
        if (e.seminarId() != null) {
            var seminar = seminars.findForSystem(e.seminarId()).orElse(null);
            if (seminar == null) {
                return;
            }
            where = seminar.title();
            link = calendar.pageUrl(seminar);
        } else {
            var group = network.findForSystem(e.groupId()).orElse(null);
            if (group == null) {
                return;
            }
            where = group.getName();
            link = publicUrl + "/groups";
        }
        for (User user : accounts.findAll(audience.userIds()).values()) {
            if (!user.isEnabled() || user.getId() == e.sharedBy()) {
                continue;
            }
            var locale = user.getLocale();
            var folder = FolderNames.translationKey(audience.folder())
                    .map(key -> i18n.getTranslation(key, locale)).orElse(audience.folder());
            var subject = i18n.getTranslation("document.mail.subject", locale, audience.title(), where);
            var content = new MailTemplates.Content(subject.length() > 300 ? subject.substring(0, 299) + "…" : subject,
                    user.getDisplayName(),
                    List.of(i18n.getTranslation("document.mail.body", locale, audience.title(), folder, where)),
                    i18n.getTranslation("document.mail.link", locale), link);
            var rendered = templates.render(content, locale);
            outbox.enqueue(new MailMessage("DOCUMENT_SHARED:d" + e.itemId() + ":v" + e.version() + ":u" + user.getId(),
                    MessageKind.DOCUMENT_SHARED, e.seminarId(), user.getId(), user.getEmail(), user.getDisplayName(),
                    locale, content.subject(), rendered.text(), rendered.html(), null, null, null, null));
        }
    }
}
