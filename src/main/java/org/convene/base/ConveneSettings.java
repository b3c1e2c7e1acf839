package org.convene.base;

import java.net.URI;
import java.time.Duration;
import org.convene.base.db.EmbeddedDatabaseProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Convene's own settings in one place ({@code convene.*} in {@code application.properties}, each with the
 * environment variable the README lists). Checked once at start: a wrong value stops the application
 * with a message naming the setting, instead of surfacing later in a link or an e-mail.
 *
 * @param publicUrl    the address people reach Convene at (links in e-mails, calendars, certificates), without a
 *                     trailing slash
 * @param mail         the sender of every e-mail and how long sent bodies are kept
 * @param organisation the body running Convene, as named on certificates and in the privacy notice
 * @param retention    how long personal data of past seminars is kept
 * @param reminder     when participants are reminded of a seminar
 * @param embeddedDb   the embedded MariaDB used when no {@code DB_URL} is given
 */
@ConfigurationProperties("convene")
public record ConveneSettings(@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue Mail mail,
                              @DefaultValue Organisation organisation, @DefaultValue Retention retention,
                              @DefaultValue Reminder reminder, @DefaultValue EmbeddedDatabaseProperties embeddedDb) {

    public ConveneSettings {
        publicUrl = withoutTrailingSlash(publicUrl);
        var uri = URI.create(publicUrl);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("convene.public-url (PUBLIC_URL) must be an http or https address, not " + publicUrl);
        }
    }

    /** The settings as the tests and tools that build objects by hand use them: defaults but the public address. */
    public static ConveneSettings of(String publicUrl, String mailFrom) {
        return new ConveneSettings(publicUrl, new Mail(mailFrom, Mail.KEEP_BODIES), new Organisation(Organisation.DEFAULT_NAME),
                new Retention(Retention.DEFAULT_MONTHS), new Reminder(Reminder.DEFAULT_DAYS_BEFORE),
                new EmbeddedDatabaseProperties(null, 0, null, false));
    }

    /** {@code path} (starting with a slash) under the public address. */
    public String link(String path) {
        return publicUrl + path;
    }

    static String withoutTrailingSlash(String url) {
        var u = url == null || url.isBlank() ? "http://localhost:8080" : url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /**
     * @param from          the sender of every e-mail (also the organiser of calendar invitations)
     * @param bodyRetention how long the body of a sent e-mail stays in the outbox
     */
    public record Mail(@DefaultValue("convene@convene.local") String from, @DefaultValue("P7D") Duration bodyRetention) {
        static final Duration KEEP_BODIES = Duration.ofDays(7);

        public Mail {
            if (from == null || from.isBlank() || !from.contains("@")) {
                throw new IllegalArgumentException("convene.mail.from (MAIL_FROM) must be an e-mail address, not " + from);
            }
            if (bodyRetention == null || bodyRetention.isNegative()) {
                throw new IllegalArgumentException("convene.mail.body-retention (MAIL_BODY_RETENTION) must be a duration of 0 or more");
            }
        }
    }

    /** @param name the body running Convene */
    public record Organisation(@DefaultValue(DEFAULT_NAME) String name) {
        static final String DEFAULT_NAME = "Convene";

        public Organisation {
            name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        }
    }

    /** @param months personal data of a seminar's participants is anonymised this many months after it ends */
    public record Retention(@DefaultValue("24") int months) {
        static final int DEFAULT_MONTHS = 24;

        public Retention {
            if (months < 1) {
                throw new IllegalArgumentException("convene.retention.months (RETENTION_MONTHS) must be 1 or more, not " + months);
            }
        }
    }

    /** @param daysBefore participants are reminded this many days before a seminar starts */
    public record Reminder(@DefaultValue("3") int daysBefore) {
        static final int DEFAULT_DAYS_BEFORE = 3;

        public Reminder {
            if (daysBefore < 0) {
                throw new IllegalArgumentException("convene.reminder.days-before (REMINDER_DAYS_BEFORE) must be 0 or more, not " + daysBefore);
            }
        }
    }
}
