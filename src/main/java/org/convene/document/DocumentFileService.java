package org.convene.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of a library: upload (a new item or a new version), download, ZIP of a folder, and
 * the sweep of content nothing refers to. The bytes stream from the request into the
 * {@link ContentStore} before any row is written, so an item or version exists only once all its
 * content is stored; a refused or broken upload leaves no row. Access as in {@link DocumentService}.
 */
@Service
public class DocumentFileService {

    private static final Logger log = LoggerFactory.getLogger(DocumentFileService.class);
    /** How much of the start of a file Tika may look at (it needs a few KiB). */
    private static final int SNIFF = 64 * 1024;

    private final DocumentService documents;
    private final ItemRepository items;
    private final VersionRepository versions;
    private final ContentStore content;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;
    private final Clock clock;
    private final long maxBytes;

    DocumentFileService(DocumentService documents, ItemRepository items, VersionRepository versions, ContentStore content,
                        PlatformTransactionManager transactions, Clock clock,
                        @Value("${convene.documents.max-mb:50}") long maxMb) {
        this.documents = documents;
        this.items = items;
        this.versions = versions;
        this.content = content;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.clock = clock;
        this.maxBytes = maxMb * 1024 * 1024;
    }

    /** File name extensions for a browser's file picker: a first hint, the server decides from the content. */
    public static final String[] ACCEPTED_EXTENSIONS = FileTypes.EXTENSIONS.clone();

    /** The size limit of one file, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores an uploaded file as a new item of a folder. {@code details} may be null: the title is
     * then the file name without its extension. Returns the new item's id.
     */
    public long upload(long folderId, String fileName, InputStream in, ItemDetails details) throws IOException {
        var name = FileNames.clean(fileName);
        var clean = DocumentService.validate(details != null ? details : ItemDetails.titled(FileNames.stem(name)));
        var me = readTx.execute(status -> {
            var folder = documents.folder(folderId);
            var rights = documents.rights(folder.getLibraryId());
            DocumentService.requireAdd(rights, folder);
            return rights.me();
        });
        var stored = store(name, in);
        return roomFor(name, () -> tx.execute(status -> {
            var folder = documents.folder(folderId);
            DocumentService.requireAdd(documents.rights(folder.getLibraryId()), folder);
            var now = clock.instant();
            var item = items.save(new Item(folderId, ItemKind.FILE, clean, null, me > 0 ? me : null, now));
            versions.save(new ItemVersion(item.getId(), 1, name, stored.mediaType(), stored.size(), stored.sha256(),
                    me > 0 ? me : null, now));
            item.newVersion(1, stored.size(), now);
            return item.getId();
        }));
    }

    /** Stores a new version of a file item; older versions stay downloadable. Returns the new version's number. */
    public int newVersion(long itemId, String fileName, InputStream in) throws IOException {
        var name = FileNames.clean(fileName);
        var me = readTx.execute(status -> {
            var item = documents.changeable(itemId);
            if (item.getKind() != ItemKind.FILE) {
                throw new ConveneException("document.version.not-a-file");
            }
            return documents.rights(documents.folder(item.getFolderId()).getLibraryId()).me();
        });
        var stored = store(name, in);
        return roomFor(name, () -> tx.execute(status -> {
            var item = documents.changeable(itemId);
            var number = item.getCurrentVersion() + 1;
            var now = clock.instant();
            versions.save(new ItemVersion(itemId, number, name, stored.mediaType(), stored.size(), stored.sha256(),
                    me > 0 ? me : null, now));
            item.newVersion(number, stored.size(), now);
            return number;
        }));
    }

    /** The rows of a stored upload, or the same clear refusal as for its content when the database cannot grow. */
    private static <T> T roomFor(String name, java.util.function.Supplier<T> rows) {
        try {
            return rows.get();
        } catch (RuntimeException e) {
            if (!(e instanceof ConveneException) && StoreFullException.isNoRoom(e)) {
                log.warn("No room in the database for the rows of \"{}\": {}", name, e.getMessage());
                throw new DocumentStoreFullException(name, e);
            }
            throw e;
        }
    }

    private record Checked(String sha256, long size, String mediaType) {
    }

    private Checked store(String name, InputStream raw) throws IOException {
        var in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        var type = FileTypes.detect(in, name);
        if (!FileTypes.allowed(type)) {
            throw ConveneException.onField("file", "document.type.refused", name, type);
        }
        ContentStore.Stored stored;
        try {
            stored = content.store(in, maxBytes);
        } catch (ContentTooLargeException e) {
            throw ConveneException.onField("file", "document.too-large", name, maxBytes / (1024 * 1024));
        } catch (StoreFullException e) {
            log.warn("No room in the database for \"{}\": {}", name, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            throw new DocumentStoreFullException(name, e);
        }
        if (stored.size() == 0) {
            throw ConveneException.onField("file", "document.empty", name);
        }
        return new Checked(stored.sha256(), stored.size(), type);
    }

    // ---------------------------------------------------------------- downloads

    /** A version of a file item the caller may see (the current one when {@code version} is null); 404 otherwise. */
    public Download open(long itemId, Integer version) {
        return readTx.execute(status -> {
            var row = documents.item(itemId);
            if (row.kind() != ItemKind.FILE) {
                throw new NotFoundException();
            }
            var v = versions.findByItemIdAndNumber(itemId, version == null ? row.version() : version)
                    .orElseThrow(NotFoundException::new);
            return new Download(itemId, v.getNumber(), row.title(), v.getFileName(), v.getMediaType(), v.getSize(),
                    v.getContentSha256(), FileTypes.previewable(v.getMediaType()));
        });
    }

    /**
     * Writes bytes {@code from}..{@code to} (inclusive) of an opened download, each chunk checked
     * before it is written. A checksum mismatch is a {@link DocumentCorruptedException} naming the item.
     */
    public void write(Download download, long from, long to, OutputStream out) throws IOException {
        try {
            content.read(download.sha256(), from, to, out);
        } catch (ContentCorruptedException e) {
            log.error("Stored content of document {} \"{}\" (version {}) is corrupt: {}", download.itemId(),
                    download.title(), download.version(), e.getMessage());
            throw new DocumentCorruptedException(download.itemId(), download.title(), e);
        }
    }

    /** The ZIP's file name for a folder the caller may see. */
    public String zipName(long folderId) {
        return readTx.execute(status -> {
            var folder = documents.folder(folderId);
            if (folder.isTrashed() || documents.folders(folder.getLibraryId()).stream().noneMatch(f -> f.id() == folderId)) {
                throw new NotFoundException();
            }
            return FileNames.clean(folder.getName()) + ".zip";
        });
    }

    /**
     * Streams the current version of every file of a folder the caller may see as a ZIP. Names
     * that occur twice get " (2)", " (3)"... Links are left out.
     */
    public void zip(long folderId, OutputStream out) throws IOException {
        var libraryId = readTx.execute(status -> documents.folder(folderId).getLibraryId());
        zipName(folderId);
        var zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        var used = new HashSet<String>();
        var page = 0;
        while (true) {
            var rows = documents.items(libraryId, folderId, null, PageRequest.of(page++, 100, Sort.by("id")));
            for (var row : rows) {
                if (row.kind() != ItemKind.FILE) {
                    continue;
                }
                var download = open(row.id(), null);
                zip.putNextEntry(new ZipEntry(unique(download.fileName(), used)));
                write(download, 0, download.size() - 1, zip);
                zip.closeEntry();
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        zip.finish();
        zip.flush();
    }

    private static String unique(String name, java.util.Set<String> used) {
        var candidate = name;
        var dot = name.lastIndexOf('.');
        var stem = dot > 0 ? name.substring(0, dot) : name;
        var ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = stem + " (" + i + ")" + ext;
        }
        return candidate;
    }

    // ---------------------------------------------------------------- sweep

    /** Removes stored content that no version refers to and that was not written for {@code grace}. */
    public int sweep(Duration grace) {
        var removed = content.sweep(clock.instant().minus(grace));
        if (removed > 0) {
            log.info("Document sweep removed {} unreferenced content rows", removed);
        }
        return removed;
    }

}
