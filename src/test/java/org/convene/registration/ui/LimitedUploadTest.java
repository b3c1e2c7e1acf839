package org.convene.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.convene.registration.InvitationService;
import org.junit.jupiter.api.Test;

/** Issue 10, item 14: the invitation CSV is limited on the server while it streams, not read whole. */
class LimitedUploadTest {

    /** An upload of 2 GB that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return read > 2_000_000_000L ? -1 : 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            var n = (int) Math.min(len, 2_000_000_000L - read);
            if (n <= 0) {
                return -1;
            }
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }

    @Test
    void a_file_over_the_limit_is_refused_after_reading_one_byte_past_it() throws Exception {
        var endless = new Endless();
        assertThat(LimitedUpload.readAtMost(endless, InvitationService.IMPORT_MAX_BYTES).map(b -> b.length)).isEmpty();
        assertThat(endless.read).isEqualTo(InvitationService.IMPORT_MAX_BYTES + 1L);
    }

    @Test
    void a_file_within_the_limit_is_kept_whole() throws Exception {
        var csv = "name,email\nAna,ana@example.org\n".getBytes();
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(csv), InvitationService.IMPORT_MAX_BYTES)).contains(csv);
        var exact = new byte[InvitationService.IMPORT_MAX_BYTES];
        assertThat(LimitedUpload.readAtMost(new ByteArrayInputStream(exact), InvitationService.IMPORT_MAX_BYTES)).get()
                .satisfies(b -> assertThat(b).hasSize(InvitationService.IMPORT_MAX_BYTES));
    }

    @Test
    void the_handler_declares_the_limit_to_the_server() {
        assertThat(new LimitedUpload(InvitationService.IMPORT_MAX_BYTES, b -> { }, () -> { }).getFileSizeMax())
                .isEqualTo(InvitationService.IMPORT_MAX_BYTES);
    }
}
