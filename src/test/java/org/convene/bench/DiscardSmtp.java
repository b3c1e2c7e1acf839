package org.convene.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and keeps none, for benchmarks that count how fast Convene sends
 * its mail: the tests' GreenMail parses and files each message in a mailbox per recipient (with thousands of
 * recipients it took about 100 ms a message, and the benchmark then measured GreenMail). A production relay
 * takes a message in about the time this one does: read to the final dot, answer 250.
 */
final class DiscardSmtp {

    private static final DiscardSmtp INSTANCE = new DiscardSmtp();

    private final ServerSocket server;
    private final AtomicLong accepted = new AtomicLong();

    private DiscardSmtp() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("discard-smtp").start(this::acceptAll);
    }

    /** The port of the JVM's one sink, started on first use. */
    static int port() {
        return INSTANCE.server.getLocalPort();
    }

    /** Messages accepted so far. */
    static long accepted() {
        return INSTANCE.accepted.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                Thread.ofVirtual().start(() -> converse(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             var out = client.getOutputStream()) {
            reply(out, "220 discard ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                var command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 discard");
                    case "DATA" -> {
                        reply(out, "354 end with a dot");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // discarded
                        }
                        accepted.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
