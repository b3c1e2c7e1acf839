package org.convene.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A file (its versions in {@link ItemVersion}) or a link, in a folder. */
@Entity
@Table(name = "document_item")
class Item extends AbstractEntity {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int URL_MAX = 2000;

    @Column(name = "folder_id", nullable = false)
    private long folderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private ItemKind kind;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(name = "language", nullable = false, length = 8)
    private String language = "";

    @Column(name = "url", length = URL_MAX)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", length = 20)
    private DocumentVisibility visibility;

    @Column(name = "added_by")
    private Long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "trashed_by")
    private Long trashedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Item() {
    }

    Item(long folderId, ItemKind kind, ItemDetails details, String url, Long addedBy, Instant now) {
        this.folderId = folderId;
        this.kind = kind;
        this.url = url;
        this.addedBy = addedBy;
        this.addedAt = now;
        this.updatedAt = now;
        describe(details);
    }

    void describe(ItemDetails details) {
        this.title = details.title();
        this.description = details.description();
        this.language = details.language();
        this.visibility = details.visibility();
    }

    void newVersion(int number, long size, Instant at) {
        this.currentVersion = number;
        this.size = size;
        this.updatedAt = at;
    }

    void moveTo(long folderId) {
        this.folderId = folderId;
    }

    void trash(long by, Instant at) {
        trashedAt = at;
        trashedBy = by;
    }

    void restore() {
        trashedAt = null;
        trashedBy = null;
    }

    long getFolderId() {
        return folderId;
    }

    ItemKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    String getLanguage() {
        return language;
    }

    String getUrl() {
        return url;
    }

    DocumentVisibility getVisibility() {
        return visibility;
    }

    Long getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    int getCurrentVersion() {
        return currentVersion;
    }

    long getSize() {
        return size;
    }

    Instant getTrashedAt() {
        return trashedAt;
    }

    boolean isTrashed() {
        return trashedAt != null;
    }
}
