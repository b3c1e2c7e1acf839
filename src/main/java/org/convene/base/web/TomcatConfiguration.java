package org.convene.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer, larger than its 8 KB default. A response body larger than the buffer is written to
 * the socket in pieces of the buffer's size, each copied once more by the JDK and sent by a system call of its own:
 * 36 pieces for the public feed of 500 seminars (290 KB), its most requested answer; with 64 KB, 5. In
 * {@code FeedBenchmark} that took the public feed from 0.30 to 0.43 of nginx at 8 connections (32 KB: 0.36).
 * The cost: each open connection holds its buffer, Vaadin's push connection of each open tab included, so 56 KB
 * more per tab; {@code convene.tomcat.write-buffer} sets another size.
 */
@Configuration
class TomcatConfiguration {

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(@Value("${convene.tomcat.write-buffer:65536}") int bytes) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
    }
}
