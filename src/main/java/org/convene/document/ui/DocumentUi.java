package org.convene.document.ui;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.convene.account.AccountService;
import org.convene.account.CurrentUser;
import org.convene.document.DocumentFileService;
import org.convene.document.DocumentService;
import org.springframework.stereotype.Component;

/** What every document view needs: the services and the reader's time zone (their profile's, else the fallback). */
@Component
class DocumentUi {

    final DocumentService documents;
    final DocumentFileService files;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    DocumentUi(DocumentService documents, DocumentFileService files, CurrentUser currentUser, AccountService accounts) {
        this.documents = documents;
        this.files = files;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    ZoneId zone(ZoneId fallback) {
        return currentUser.get().map(me -> accounts.findAll(List.of(me.id())).get(me.id()))
                .map(u -> u.getTimeZone()).orElse(fallback == null ? ZoneOffset.UTC : fallback);
    }
}
