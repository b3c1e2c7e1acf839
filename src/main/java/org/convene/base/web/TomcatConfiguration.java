package org.convene.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket write buffer ({@code convene.tomcat.write-buffer}, Tomcat's 8 KB by default). A response body
 * larger than the buffer goes to the socket in pieces of the buffer's size, each copied once more by the JDK and
 * sent by a system call of its own: 36 pieces for the public feed of 500 seminars (290 KB). {@code FeedBenchmark}
 * on a quiet machine: with 64 KB the public feed served 0.61-0.71 of nginx at 8 connections and 0.56-0.65 at 50
 * (p99 19-22 ms), with 8 KB 0.39 and 0.43 (p99 30 ms). But every open connection holds its buffer, Vaadin's push
 * connection of each open tab included, and {@code SessionBenchmark} measured 232-292 KB per idle catalogue
 * session with 64 KB against 146-148 KB with 8 KB (the target is 250). Tomcat's size stays the default; an
 * instance that mostly serves feeds may take a larger one.
 */
@Configuration
class TomcatConfiguration {

    @Bean
    TomcatConnectorCustomizer socketWriteBuffer(@Value("${convene.tomcat.write-buffer:8192}") int bytes) {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
    }
}
