package org.convene.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator in the spirit of wrk: each connection is a plain socket kept
 * alive, sending the next GET as soon as the previous answer is read (Content-Length or chunked).
 * Loopback only, bounded in time and in requests, stops by itself.
 */
final class LoadGenerator {

    record Result(long requests, long errors, double seconds, long bytes, long p50, long p99) {
        double rps() {
            return requests / seconds;
        }
    }

    static final int MAX_REQUESTS_PER_CONNECTION = 2_000_000;

    private LoadGenerator() {
    }

    /** Warm-up (not counted), then {@code time} of load over {@code connections} connections. */
    static Result run(int port, String path, String extraHeaders, int expectedStatus, int connections, Duration warmUp,
                      Duration time) throws InterruptedException {
        load(port, path, extraHeaders, expectedStatus, connections, warmUp);
        return load(port, path, extraHeaders, expectedStatus, connections, time);
    }

    private static Result load(int port, String path, String extraHeaders, int expectedStatus, int connections, Duration time)
            throws InterruptedException {
        var request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: */*\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        var errors = new AtomicLong();
        var bytes = new AtomicLong();
        var latencies = new long[connections][];
        var threads = new ArrayList<Thread>();
        var started = System.nanoTime();
        var deadline = started + time.toNanos();
        for (var c = 0; c < connections; c++) {
            var index = c;
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                var mine = new long[1024];
                var n = 0;
                Socket socket = null;
                BufferedInputStream in = null;
                try {
                    while (System.nanoTime() < deadline && n < MAX_REQUESTS_PER_CONNECTION) {
                        try {
                            if (socket == null) {
                                socket = new Socket();
                                socket.setTcpNoDelay(true);
                                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                                socket.setSoTimeout(30_000);
                                in = new BufferedInputStream(socket.getInputStream(), 65536);
                            }
                            var t0 = System.nanoTime();
                            var answer = exchange(socket, in, request, bytes);
                            var t1 = System.nanoTime();
                            var status = answer & 0xFFFF;
                            if ((answer & CLOSED) != 0) {
                                // A whole answer, then the server closed (Tomcat does after 100 requests on a
                                // connection): counted like any answer, and the next request opens a new one.
                                close(socket);
                                socket = null;
                            }
                            if (status == expectedStatus) {
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = t1 - t0;
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                            close(socket);
                            socket = null;
                        }
                    }
                } finally {
                    close(socket);
                    latencies[index] = Arrays.copyOf(mine, n);
                }
            }));
        }
        for (var t : threads) {
            t.join();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all.length, errors.get(), seconds, bytes.get(), percentile(all, 0.50), percentile(all, 0.99));
    }

    /** Flag in {@link #exchange}'s result: the server closed the connection after this answer. */
    private static final int CLOSED = 0x10000;

    /** Sends the request and reads the whole answer; returns the status, with {@link #CLOSED} when the server closed after it. */
    private static int exchange(Socket socket, BufferedInputStream in, byte[] request, AtomicLong bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        var statusLine = line(in);
        if (statusLine == null || statusLine.length() < 12) {
            throw new IOException("no answer");
        }
        var status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        var chunked = false;
        var close = false;
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
            var lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            while (true) {
                var size = Long.parseLong(line(in).split(";")[0].strip(), 16);
                if (size == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                skip(in, size);
                bytes.addAndGet(size);
                line(in);
            }
        } else if (length > 0 && status != 304) {
            skip(in, length);
            bytes.addAndGet(length);
        }
        return close ? status | CLOSED : status;
    }

    private static String line(InputStream in) throws IOException {
        var sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                var l = sb.length();
                return l > 0 && sb.charAt(l - 1) == '\r' ? sb.substring(0, l - 1) : sb.toString();
            }
            sb.append((char) b);
        }
        if (sb.isEmpty()) {
            throw new IOException("connection closed");
        }
        return sb.toString();
    }

    private static void skip(InputStream in, long n) throws IOException {
        var buffer = new byte[8192];
        while (n > 0) {
            var r = in.read(buffer, 0, (int) Math.min(buffer.length, n));
            if (r < 0) {
                throw new IOException("body cut short");
            }
            n -= r;
        }
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
