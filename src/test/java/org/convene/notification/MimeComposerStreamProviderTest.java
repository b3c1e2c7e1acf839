package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** The stream provider is named, so Jakarta Mail stops scanning every jar for it on each body part. */
class MimeComposerStreamProviderTest {

    @Test
    void loading_the_composer_names_angus_as_the_stream_provider_and_mail_parts_still_find_it() throws Exception {
        Class.forName(MimeComposer.class.getName(), true, MimeComposer.class.getClassLoader());

        assertThat(System.getProperty(StreamProvider.class.getName())).isEqualTo(MimeComposer.STREAM_PROVIDER);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MimeComposer.STREAM_PROVIDER);
        assertThat(new MimeMultipart("alternative").getCount()).isZero();
    }
}
