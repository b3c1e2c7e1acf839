package org.convene.registration.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An upload kept in memory up to {@code maxBytes} and refused beyond, decided on the server while
 * the bytes arrive (the browser's own size check is only a courtesy): a larger file is never read
 * further than one byte past the limit.
 */
final class LimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final Consumer<byte[]> accepted;
    private final Runnable tooLarge;

    LimitedUpload(int maxBytes, Consumer<byte[]> accepted, Runnable tooLarge) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("too large");
            tooLarge.run();
            return;
        }
        try (var in = event.getInputStream()) {
            var data = readAtMost(in, maxBytes);
            if (data.isEmpty()) {
                event.reject("too large");
                tooLarge.run();
                return;
            }
            accepted.accept(data.get());
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** The whole stream if it holds at most {@code max} bytes; empty (having read {@code max + 1}) if more. */
    static Optional<byte[]> readAtMost(InputStream in, int max) throws IOException {
        var data = in.readNBytes(max + 1);
        return data.length > max ? Optional.empty() : Optional.of(data);
    }
}
