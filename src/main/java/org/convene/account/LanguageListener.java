package org.convene.account;

import org.convene.base.i18n.LanguageChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The language switch in the app shell is remembered in the profile. */
@Component
class LanguageListener {

    private final AccountService accounts;

    LanguageListener(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageChanged event) {
        accounts.updateLanguage(event.locale());
    }
}
