package org.convene.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.convene.base.AbstractEntity;

/** One uploaded version of a file item; never changed, removed only with its item when the trash is emptied. */
@Entity
@Table(name = "document_version")
class ItemVersion extends AbstractEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = FileNames.MAX, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120, updatable = false)
    private String mediaType;

    @Column(name = "size", nullable = false, updatable = false)
    private long size;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @Column(name = "added_by", updatable = false)
    private Long addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ItemVersion() {
    }

    ItemVersion(long itemId, int number, String fileName, String mediaType, long size, String contentSha256,
                Long addedBy, Instant addedAt) {
        this.itemId = itemId;
        this.number = number;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.contentSha256 = contentSha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    long getItemId() {
        return itemId;
    }

    int getNumber() {
        return number;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    long getSize() {
        return size;
    }

    String getContentSha256() {
        return contentSha256;
    }

    Long getAddedBy() {
        return addedBy;
    }

    Instant getAddedAt() {
        return addedAt;
    }
}
