package org.convene.account;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Locale;
import org.convene.base.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At the first start (no organiser yet) creates one from {@code CONVENE_ADMIN_EMAIL} and
 * {@code CONVENE_ADMIN_PASSWORD}; without a password, a one-time password is printed in the log.
 * Runs after the demo data so that a demo run needs neither.
 */
@Component
@Order(100)
class FirstOrganiser implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrganiser.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstOrganiser(AccountService accounts,
                   @Value("${convene.bootstrap.organiser-email:admin@convene.local}") String email,
                   @Value("${convene.bootstrap.organiser-password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyWithRole(Role.ORGANISER)) {
            return;
        }
        create();
    }

    /**
     * Creates the first organiser; false, with a log message saying what to do, when the address
     * already belongs to an account (which is not an organiser): the start goes on either way.
     */
    boolean create() {
        if (accounts.exists(email)) {
            log.warn("No organiser exists and CONVENE_ADMIN_EMAIL ({}) already belongs to an account without the"
                    + " organiser role, so no first organiser was created. Either set CONVENE_ADMIN_EMAIL to an address"
                    + " no account uses and restart, or give that account the organiser role in the database"
                    + " (table user_role, role ORGANISER) and restart.", email);
            return false;
        }
        var pw = password.isBlank() ? oneTimePassword() : password;
        try {
            SystemAuthentication.run(() -> accounts.createAccount(new SignUpForm("Organiser", email, pw), Locale.ENGLISH,
                    EnumSet.of(Role.ORGANISER, Role.PARTICIPANT)));
        } catch (org.convene.base.ConveneException e) {
            throw new IllegalStateException("The first organiser cannot be created from CONVENE_ADMIN_EMAIL and"
                    + " CONVENE_ADMIN_PASSWORD (" + e.getMessageKey() + " on " + e.getField() + "). Set a valid address"
                    + " and a longer, less common password (or none, for a one-time password in the log), then restart.", e);
        }
        if (password.isBlank()) {
            log.warn("First organiser created: {} with the one-time password {} (change it in your profile)", email, pw);
        } else {
            log.info("First organiser created: {}", email);
        }
        return true;
    }

    private static String oneTimePassword() {
        var alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.insert(8, '-').toString();
    }
}
