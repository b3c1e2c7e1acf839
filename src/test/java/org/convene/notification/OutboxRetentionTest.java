package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.convene.IntegrationTest;
import org.convene.account.AccountDeletionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 10, item 9: sent bodies (links, names, reasons) leave the outbox; the metadata stays. */
class OutboxRetentionTest extends IntegrationTest {

    @Autowired
    AccountDeletionService accountDeletion;

    static final Instant FUTURE = Instant.now().plus(Duration.ofDays(3650));

    @Autowired
    OutboxService outbox;
    @Autowired
    OutboxRepository rows;
    @Autowired
    TransactionTemplate tx;

    /** A message due only far in the future (the application's own sender leaves it alone), for this user. */
    private long aMessage(Long userId, String email) {
        var key = "TEST:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> rows.insertIfAbsent(key, MessageKind.PASSWORD_RESET.name(), null, userId, email,
                "Secret Name", "en", "Reset your password", "https://x/reset-password/SECRET-TOKEN",
                "<a href=\"https://x/reset-password/SECRET-TOKEN\">", "REQUEST", "BEGIN:VCALENDAR", "a.ics", "ATTACHED", FUTURE));
        return rows.findAll().stream().filter(m -> m.getIdempotencyKey().equals(key)).findFirst().orElseThrow().getId();
    }

    @Test
    void a_message_written_with_plain_jdbc_reads_back_through_jpa_with_its_instants_and_a_second_insert_adds_nothing() {
        var id = aMessage(null, uniqueEmail("instants"));
        var row = rows.findById(id).orElseThrow();
        // Written in UTC, as Hibernate writes and reads instants (hibernate.jdbc.time_zone), whatever the JVM's zone.
        assertThat(row.getCreatedAt()).isEqualTo(FUTURE.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        var again = tx.execute(s -> rows.insertIfAbsent(row.getIdempotencyKey(), MessageKind.PASSWORD_RESET.name(), null, null,
                "other@example.org", "Other", "en", "Other", "text", "html", null, null, null, null, FUTURE));
        assertThat(again).isZero();
        assertThat(rows.findById(id).orElseThrow().getRecipientName()).isEqualTo("Secret Name");
    }

    @Test
    void a_sent_body_is_purged_after_the_retention_and_the_metadata_stays() {
        var email = uniqueEmail("purged");
        var id = aMessage(null, email);
        outbox.claim(id, FUTURE);
        outbox.sent(id, FUTURE);

        outbox.purgeSentBodies(FUTURE.plus(Duration.ofDays(6)), Duration.ofDays(7));
        assertThat(rows.findById(id).orElseThrow().getTextBody()).contains("SECRET-TOKEN");

        outbox.purgeSentBodies(FUTURE.plus(Duration.ofDays(8)), Duration.ofDays(7));
        var row = rows.findById(id).orElseThrow();
        assertThat(row.isBodyPurged()).isTrue();
        assertThat(row.getTextBody() + row.getHtmlBody() + row.getIcal() + row.getRecipientName()).doesNotContain("SECRET")
                .doesNotContain("Secret Name").doesNotContain("VCALENDAR");
        assertThat(row.getAttachment()).isNull();
        assertThat(row.getRecipientEmail()).isEqualTo(email);
        assertThat(row.getSubject()).isEqualTo("Reset your password");
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void deleting_an_account_purges_its_messages_and_unsent_ones_are_not_sent() {
        var email = aUser("Deleting Reader");
        var pending = aMessage(idOf(email), email);
        signIn(email);
        accountDeletion.deleteMyAccount(PASSWORD);
        signOut();

        var row = rows.findById(pending).orElseThrow();
        assertThat(row.isBodyPurged()).isTrue();
        assertThat(row.getTextBody()).isEmpty();
        assertThat(row.getStatus()).isEqualTo(OutboxStatus.FAILED);
    }
}
