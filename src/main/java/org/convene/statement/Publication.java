package org.convene.statement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.base.AbstractEntity;
import org.hibernate.annotations.Immutable;

/**
 * A published version: a snapshot of the text and the signatories, never changed once written
 * ({@link Immutable}: Hibernate issues no UPDATE for it). A correction is a new publication.
 */
@Entity
@Immutable
@Table(name = "statement_publication")
class Publication extends AbstractEntity {

    static final int CHANGE_NOTE_MAX = 2000;

    @Embeddable
    record Paragraph(@Column(name = "section_no") int sectionNo, @Column(name = "paragraph_no") int paragraphNo,
                     @Column(name = "section_heading") String sectionHeading,
                     @Column(name = "text", columnDefinition = "MEDIUMTEXT") String text) {
    }

    @Embeddable
    record Signer(@Column(name = "position") int position, @Column(name = "name") String name,
                  @Column(name = "organisation") String organisation, @Column(name = "reservation") String reservation) {
    }

    @Column(name = "statement_id", nullable = false)
    private long statementId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "seminar_id")
    private Long seminarId;

    @Column(name = "context", nullable = false, length = 500)
    private String context = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 10)
    private PublicationVisibility visibility;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "change_note", nullable = false, length = CHANGE_NOTE_MAX)
    private String changeNote = "";

    @Column(name = "source_publication_id")
    private Long sourcePublicationId;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "statement_publication_paragraph", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderBy("sectionNo, paragraphNo")
    private List<Paragraph> paragraphs = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "statement_publication_signer", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderBy("position")
    private List<Signer> signers = new ArrayList<>();

    protected Publication() {
    }

    Publication(long statementId, int number, String publicId, String title, String language, Long groupId, Long seminarId,
                String context, PublicationVisibility visibility, String contentHash, String changeNote,
                Long sourcePublicationId, Instant publishedAt, long publishedBy, List<Paragraph> paragraphs,
                List<Signer> signers) {
        this.statementId = statementId;
        this.number = number;
        this.publicId = publicId;
        this.title = title;
        this.language = language;
        this.groupId = groupId;
        this.seminarId = seminarId;
        this.context = context;
        this.visibility = visibility;
        this.contentHash = contentHash;
        this.changeNote = changeNote;
        this.sourcePublicationId = sourcePublicationId;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.paragraphs = new ArrayList<>(paragraphs);
        this.signers = new ArrayList<>(signers);
    }

    long getStatementId() {
        return statementId;
    }

    int getNumber() {
        return number;
    }

    String getPublicId() {
        return publicId;
    }

    String getTitle() {
        return title;
    }

    String getLanguage() {
        return language;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getSeminarId() {
        return seminarId;
    }

    String getContext() {
        return context;
    }

    PublicationVisibility getVisibility() {
        return visibility;
    }

    String getContentHash() {
        return contentHash;
    }

    String getChangeNote() {
        return changeNote;
    }

    Long getSourcePublicationId() {
        return sourcePublicationId;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    List<Paragraph> getParagraphs() {
        return List.copyOf(paragraphs);
    }

    List<Signer> getSigners() {
        return List.copyOf(signers);
    }
}
