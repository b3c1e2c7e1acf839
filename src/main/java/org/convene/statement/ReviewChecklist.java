package org.convene.statement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convene.base.AbstractEntity;

/** A review checklist organisers define once and attach to statements; its items are ordered 1..n. */
@Entity
@Table(name = "review_checklist")
class ReviewChecklist extends AbstractEntity {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int MAX_ITEMS = 60;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected ReviewChecklist() {
    }

    ReviewChecklist(String title, String description, Instant createdAt) {
        this.title = title;
        this.description = description;
        this.createdAt = createdAt;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    void rename(String title, String description) {
        this.title = title;
        this.description = description;
    }

    List<ChecklistItem> mutableItems() {
        return items;
    }
}
