package org.convene.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** A folder of a library, with the visibility its items take unless they set their own. */
@Entity
@Table(name = "document_folder")
class Folder extends AbstractEntity {

    static final int NAME_MAX = 100;

    @Column(name = "library_id", nullable = false, updatable = false)
    private long libraryId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private DocumentVisibility visibility;

    @Column(name = "speakers_add", nullable = false)
    private boolean speakersAdd;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "trashed_at")
    private Instant trashedAt;

    @Column(name = "trashed_by")
    private Long trashedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Folder() {
    }

    Folder(long libraryId, String name, DocumentVisibility visibility, boolean speakersAdd, int position, Instant now) {
        this.libraryId = libraryId;
        this.name = name;
        this.visibility = visibility;
        this.speakersAdd = speakersAdd;
        this.position = position;
        this.createdAt = now;
    }

    void change(String name, DocumentVisibility visibility) {
        this.name = name;
        this.visibility = visibility;
    }

    void trash(long by, Instant at) {
        trashedAt = at;
        trashedBy = by;
    }

    void restore() {
        trashedAt = null;
        trashedBy = null;
    }

    long getLibraryId() {
        return libraryId;
    }

    String getName() {
        return name;
    }

    DocumentVisibility getVisibility() {
        return visibility;
    }

    boolean isSpeakersAdd() {
        return speakersAdd;
    }

    int getPosition() {
        return position;
    }

    Instant getTrashedAt() {
        return trashedAt;
    }

    boolean isTrashed() {
        return trashedAt != null;
    }
}
