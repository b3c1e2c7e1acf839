package org.convene.document.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.convene.base.ConveneException;
import org.convene.base.ui.Notifications;

/**
 * Streams each uploaded file straight into the document store (Vaadin 25 {@link UploadHandler}: the
 * request body is read as it arrives, nothing is buffered in memory or on disk). Runs on the upload
 * request's thread with its security context; the UI hears of the outcome through {@link UI#access}.
 */
class StoreUploadHandler implements UploadHandler {

    /** Stores one file; returns the new item's id (or the new version's number). */
    @FunctionalInterface
    interface Store extends Serializable {
        long store(String fileName, InputStream in) throws IOException;
    }

    /** What the UI does once a file is stored. */
    @FunctionalInterface
    interface Stored extends Serializable {
        void stored(long id, String fileName);
    }

    private final Store store;
    private final Stored stored;

    StoreUploadHandler(Store store, Stored stored) {
        this.store = store;
        this.stored = stored;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var ui = event.getUI();
        var name = event.getFileName();
        try (var in = event.getInputStream()) {
            var id = store.store(name, in);
            ui.access(() -> stored.stored(id, name));
        } catch (ConveneException e) {
            var message = ui.getTranslation(e.getMessageKey(), e.getArgs());
            event.reject(message);
            ui.access(() -> Notifications.error(message));
        }
    }
}
