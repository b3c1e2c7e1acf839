package org.convene.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.EmailVerificationService;
import org.convene.account.PasswordResetService;
import org.convene.account.User;
import org.convene.base.ConveneSettings;
import org.convene.base.Sha256;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.ui.Formats;
import org.convene.calendar.AgendaAttachment;
import org.convene.calendar.AgendaAttachmentSource;
import org.convene.calendar.CalendarRecipient;
import org.convene.calendar.ParticipantDirectory;
import org.convene.calendar.IcsRenderer;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides who is told what, composes each message in the recipient's language and puts it in the
 * outbox, all in the caller's transaction. Idempotency keys name (event, recipient, kind), so a
 * reaction that runs again (after a restart) adds nothing.
 */
@Service
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final SeminarService seminars;
    private final AccountService accounts;
    private final IcsRenderer calendar;
    private final OutboxService outbox;
    private final MailTemplates templates;
    private final TranslationProvider i18n;
    private final ObjectProvider<ParticipantDirectory> directories;
    private final ObjectProvider<AgendaAttachmentSource> agendas;
    private final Clock clock;
    private final String publicUrl;
    private final TransactionTemplate perRecipient;

    Notifier(SeminarService seminars, AccountService accounts, IcsRenderer calendar, OutboxService outbox,
             MailTemplates templates, TranslationProvider i18n, ObjectProvider<ParticipantDirectory> directories,
             ObjectProvider<AgendaAttachmentSource> agendas, Clock clock, ConveneSettings settings,
             PlatformTransactionManager transactions) {
        this.seminars = seminars;
        this.accounts = accounts;
        this.calendar = calendar;
        this.outbox = outbox;
        this.templates = templates;
        this.i18n = i18n;
        this.directories = directories;
        this.agendas = agendas;
        this.clock = clock;
        this.publicUrl = settings.publicUrl();
        this.perRecipient = new TransactionTemplate(transactions);
        this.perRecipient.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ---------------------------------------------------------------- registrations

    /** One participant's registration changed state: received, confirmed, waitlisted, promoted, rejected, cancelled. */
    @Transactional
    public void registration(MessageKind kind, long registrationId, long seminarId, long userId, String reason) {
        registration(kind, registrationId, 0L, seminarId, userId, reason);
    }

    /**
     * As above, for the change that left the registration at {@code version}: the key names the change,
     * not the row, so somebody who cancels and registers again hears of it again. (Version 0, the first
     * change, keeps the key it always had, so reactions replayed after an upgrade add nothing.)
     */
    @Transactional
    public void registration(MessageKind kind, long registrationId, long version, long seminarId, long userId, String reason) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        var user = user(userId).orElse(null);
        if (seminar == null || user == null) {
            return;
        }
        var key = kind + ":r" + registrationId + ":u" + userId + (version == 0 ? "" : ":v" + version);
        var slug = slug(kind);
        var locale = user.getLocale();
        var paragraphs = new ArrayList<String>();
        paragraphs.add(t("mail." + slug + ".body", locale, seminar.title()));
        if (kind == MessageKind.REGISTRATION_REJECTED && reason != null && !reason.isBlank()) {
            paragraphs.add(t("mail.registration-rejected.reason", locale, reason));
        }
        paragraphs.add(details(seminar, locale));
        String method = switch (kind) {
            case REGISTRATION_CONFIRMED, REGISTRATION_PROMOTED -> "REQUEST";
            case REGISTRATION_REJECTED, REGISTRATION_CANCELLED -> "CANCEL";
            default -> null;
        };
        var recipient = new CalendarRecipient(user.getEmail(), user.getDisplayName());
        var ical = method == null ? null
                : method.equals("REQUEST") ? calendar.request(seminar, recipient) : calendar.cancel(seminar, recipient);
        var content = new MailTemplates.Content(t("mail." + slug + ".subject", locale, seminar.title()),
                user.getDisplayName(), paragraphs, t("mail.seminar-page", locale), calendar.pageUrl(seminar));
        enqueue(key, kind, seminar.id(), user, content, method, ical, null, null);
    }

    // ---------------------------------------------------------------- seminar changes

    /**
     * Time or place of a published seminar changed. Rescheduling and a place change in one edit share
     * the key (same sequence): one message, with the current details.
     */
    @Transactional
    public void seminarChanged(MessageKind kind, long seminarId, int sequence, LocalDateTime previousStart) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        if (seminar == null || seminar.status() != SeminarStatus.PUBLISHED) {
            return;
        }
        var confirmed = Set.copyOf(confirmed(seminarId));
        eachRecipient(accounts.findAll(active(seminarId)).values(), kind + " of seminar " + seminarId, user -> {
            var locale = user.getLocale();
            var paragraphs = new ArrayList<String>();
            paragraphs.add(t("mail." + slug(kind) + ".body", locale, seminar.title()));
            if (previousStart != null) {
                paragraphs.add(t("mail.previously", locale, Formats.dateTime(previousStart, locale)));
            }
            paragraphs.add(details(seminar, locale));
            var holdsInvite = confirmed.contains(user.getId());
            var ical = holdsInvite ? calendar.request(seminar, new CalendarRecipient(user.getEmail(), user.getDisplayName())) : null;
            var content = new MailTemplates.Content(t("mail." + slug(kind) + ".subject", locale, seminar.title()),
                    user.getDisplayName(), paragraphs, t("mail.seminar-page", locale), calendar.pageUrl(seminar));
            return enqueue("SEMINAR_CHANGED:s" + seminarId + ":seq" + sequence + ":u" + user.getId(), kind, seminarId, user,
                    content, holdsInvite ? "REQUEST" : null, ical, null, null);
        });
    }

    @Transactional
    public void seminarCancelled(long seminarId, String reason) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        if (seminar == null) {
            return;
        }
        var confirmed = Set.copyOf(confirmed(seminarId));
        eachRecipient(accounts.findAll(active(seminarId)).values(), "cancellation of seminar " + seminarId, user -> {
            var locale = user.getLocale();
            var paragraphs = new ArrayList<String>();
            paragraphs.add(t("mail.seminar-cancelled.body", locale, seminar.title()));
            if (reason != null && !reason.isBlank()) {
                paragraphs.add(t("mail.seminar-cancelled.reason", locale, reason));
            }
            paragraphs.add(details(seminar, locale));
            var holdsInvite = confirmed.contains(user.getId());
            var ical = holdsInvite ? calendar.cancel(seminar, new CalendarRecipient(user.getEmail(), user.getDisplayName())) : null;
            var content = new MailTemplates.Content(t("mail.seminar-cancelled.subject", locale, seminar.title()),
                    user.getDisplayName(), paragraphs, t("mail.seminar-page", locale), calendar.pageUrl(seminar));
            return enqueue("SEMINAR_CANCELLED:s" + seminarId + ":u" + user.getId(), MessageKind.SEMINAR_CANCELLED, seminarId,
                    user, content, holdsInvite ? "CANCEL" : null, ical, null, null);
        });
    }

    /** The published agenda changed: participants hear of it, with the agenda attached when the agenda module gives it. */
    @Transactional
    public void agendaChanged(long seminarId, int publishedVersion) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        if (seminar == null || seminar.status() != SeminarStatus.PUBLISHED || seminar.isPast(clock)) {
            return;
        }
        var agenda = agenda(seminarId);
        var version = agenda.map(AgendaAttachment::fingerprint)
                .orElseGet(() -> "v" + publishedVersion);
        eachRecipient(accounts.findAll(active(seminarId)).values(), "agenda change of seminar " + seminarId, user -> {
            var locale = user.getLocale();
            var paragraphs = new ArrayList<String>();
            paragraphs.add(t("mail.agenda-changed.body", locale, seminar.title()));
            agenda.ifPresent(a -> paragraphs.add(t("mail.agenda-attached", locale)));
            paragraphs.add(details(seminar, locale));
            var content = new MailTemplates.Content(t("mail.agenda-changed.subject", locale, seminar.title()),
                    user.getDisplayName(), paragraphs, t("mail.seminar-page", locale), calendar.pageUrl(seminar));
            return enqueue("AGENDA_CHANGED:s" + seminarId + ":" + version + ":u" + user.getId(), MessageKind.AGENDA_CHANGED,
                    seminarId, user, content, null, null, agenda.map(AgendaAttachment::fileName).orElse(null),
                    agenda.map(AgendaAttachment::ics).orElse(null));
        });
    }

    /** Reminds the confirmed participants of one seminar; once per participant and start time. */
    @Transactional
    public int remind(long seminarId) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        if (seminar == null || seminar.status() != SeminarStatus.PUBLISHED || seminar.hasStarted(clock)) {
            return 0;
        }
        var agenda = agenda(seminarId);
        return eachRecipient(accounts.findAll(confirmed(seminarId)).values(), "reminder of seminar " + seminarId, user -> {
            var locale = user.getLocale();
            var paragraphs = new ArrayList<String>();
            paragraphs.add(t("mail.reminder.body", locale, seminar.title()));
            agenda.ifPresent(a -> paragraphs.add(t("mail.agenda-attached", locale)));
            paragraphs.add(details(seminar, locale));
            var content = new MailTemplates.Content(t("mail.reminder.subject", locale, seminar.title(),
                    Formats.date(seminar.startsAt().toLocalDate(), locale)),
                    user.getDisplayName(), paragraphs, t("mail.seminar-page", locale), calendar.pageUrl(seminar));
            return enqueue("REMINDER:s" + seminarId + ":" + seminar.startInstant().getEpochSecond() + ":u" + user.getId(),
                    MessageKind.REMINDER, seminarId, user, content, null, null,
                    agenda.map(AgendaAttachment::fileName).orElse(null), agenda.map(AgendaAttachment::ics).orElse(null));
        });
    }

    // ---------------------------------------------------------------- invitations and accounts

    @Transactional
    public void invitation(long invitationId, long seminarId, String email, String name, String token) {
        var seminar = seminars.findForSystem(seminarId).orElse(null);
        if (seminar == null || email == null || email.isBlank()) {
            return;
        }
        var languages = seminars.languages(seminarId);
        var locale = languages.contains("fr") && !languages.contains("en")
                ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH;
        var paragraphs = List.of(t("mail.invitation.body", locale, seminar.title()), details(seminar, locale));
        var content = new MailTemplates.Content(t("mail.invitation.subject", locale, seminar.title()), name, paragraphs,
                t("mail.invitation.link", locale), publicUrl + "/invitations/" + token);
        var rendered = templates.render(content, locale);
        outbox.enqueue(new MailMessage("INVITATION:i" + invitationId + ":" + shortHash(token), MessageKind.INVITATION, seminarId, null, email,
                name, locale, content.subject(), rendered.text(), rendered.html(), null, null, null, null));
    }

    @Transactional
    public void emailVerification(long userId, String token) {
        user(userId).ifPresent(user -> {
            var locale = user.getLocale();
            var content = new MailTemplates.Content(t("mail.verify.subject", locale), user.getDisplayName(),
                    List.of(t("mail.verify.body", locale, EmailVerificationService.VERIFY_VALIDITY.toHours())),
                    t("mail.verify.link", locale), publicUrl + "/verify-email/" + token);
            enqueue("EMAIL_VERIFICATION:" + shortHash(token) + ":u" + userId, MessageKind.EMAIL_VERIFICATION, null, user,
                    content, null, null, null, null);
        });
    }

    /**
     * Tells the owner of an address that someone tried to create an account with it (the person who
     * tried got the answer a new account gets). At most one such e-mail per account and hour: the
     * hour is part of the message's key, so a flood of attempts does not flood the owner.
     */
    @Transactional
    public void signUpAttempt(long userId, java.time.Instant attemptedAt) {
        user(userId).filter(User::isEnabled).ifPresent(user -> {
            var locale = user.getLocale();
            var content = new MailTemplates.Content(t("mail.signup-existing.subject", locale), user.getDisplayName(),
                    List.of(t("mail.signup-existing.body", locale)), t("mail.signup-existing.link", locale),
                    publicUrl + "/forgot-password");
            var hour = attemptedAt.truncatedTo(java.time.temporal.ChronoUnit.HOURS).getEpochSecond() / 3600;
            enqueue("SIGN_UP_ATTEMPT:h" + hour + ":u" + userId, MessageKind.SIGN_UP_ATTEMPT, null, user,
                    content, null, null, null, null);
        });
    }

    @Transactional
    public void passwordReset(long userId, String token) {
        user(userId).ifPresent(user -> {
            var locale = user.getLocale();
            var content = new MailTemplates.Content(t("mail.reset.subject", locale), user.getDisplayName(),
                    List.of(t("mail.reset.body", locale, PasswordResetService.RESET_VALIDITY.toMinutes())),
                    t("mail.reset.link", locale), publicUrl + "/reset-password/" + token);
            enqueue("PASSWORD_RESET:" + shortHash(token) + ":u" + userId, MessageKind.PASSWORD_RESET, null, user,
                    content, null, null, null, null);
        });
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs {@code action} for each recipient in its own transaction: a message that cannot be made or
     * stored for one person is logged and rolled back alone, and everyone else still gets theirs.
     * Returns how many actions answered true (messages queued).
     */
    int eachRecipient(Collection<User> users, String what, Function<User, Boolean> action) {
        int count = 0;
        for (var user : users) {
            try {
                if (Boolean.TRUE.equals(perRecipient.execute(status -> action.apply(user)))) {
                    count++;
                }
            } catch (RuntimeException e) {
                log.error("No e-mail for user {} ({}): {}", user.getId(), what, e.toString(), e);
            }
        }
        return count;
    }

    private boolean enqueue(String key, MessageKind kind, Long seminarId, User user, MailTemplates.Content content,
                            String method, String ical, String attachmentName, String attachment) {
        var rendered = templates.render(content, user.getLocale());
        return outbox.enqueue(new MailMessage(key, kind, seminarId, user.getId(), user.getEmail(), user.getDisplayName(),
                user.getLocale(), content.subject(), rendered.text(), rendered.html(), method, ical, attachmentName,
                attachment));
    }

    private String details(SeminarDetails s, Locale locale) {
        var lines = new ArrayList<String>();
        lines.add(s.title());
        var when = Formats.range(s.startsAt(), s.endsAt(), s.timeZone(), locale) + " (" + s.timeZone().getId() + ")";
        lines.add(t("mail.when", locale, when));
        if (s.format() != null && s.format().hasVenue() && !s.venueLine().isBlank()) {
            lines.add(t("mail.where", locale, s.venueLine()));
        }
        if (!s.onlineLink().isBlank()) {
            lines.add(t("mail.online", locale, s.onlineLink()));
        }
        return String.join("\n", lines);
    }

    private List<Long> active(long seminarId) {
        var ids = new LinkedHashSet<Long>();
        directories.orderedStream().forEach(d -> {
            ids.addAll(d.activeParticipantUserIds(seminarId));
            ids.addAll(d.confirmedParticipantUserIds(seminarId));
        });
        return List.copyOf(ids);
    }

    private List<Long> confirmed(long seminarId) {
        var ids = new LinkedHashSet<Long>();
        directories.orderedStream().forEach(d -> ids.addAll(d.confirmedParticipantUserIds(seminarId)));
        return List.copyOf(ids);
    }

    private Optional<AgendaAttachment> agenda(long seminarId) {
        return agendas.orderedStream().map(a -> a.agendaFor(seminarId)).flatMap(Optional::stream).findFirst();
    }

    private Optional<User> user(long userId) {
        return Optional.ofNullable(accounts.findAll(List.of(userId)).get(userId)).filter(User::isEnabled);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String slug(MessageKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String shortHash(String s) {
        return Sha256.hex(s).substring(0, 24);
    }
}
