package org.convene.statement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paragraph texts: read the body, save one paragraph on top of the version its author started
 * from, restore an earlier text. A save takes the statement row's shared lock (so it waits for a
 * structure or status change in progress, and they wait for it) and the paragraph row's write lock,
 * then compares versions: a stale one stores nothing and raises {@link ParagraphConflictException}.
 * Every accepted save is a {@link ParagraphRevision} and a feed entry, in the same transaction.
 */
@Service
public class ParagraphService {

    private final StatementRepository statements;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final RevisionRepository revisions;
    private final StatementAccess access;
    private final StatementChanges changes;
    private final Clock clock;

    ParagraphService(StatementRepository statements, SectionRepository sections, ParagraphRepository paragraphs,
                     RevisionRepository revisions, StatementAccess access, StatementChanges changes, Clock clock) {
        this.statements = statements;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** The statement's live body, sections and paragraphs in order. */
    @Transactional(readOnly = true)
    public StatementBody body(long statementId) {
        access.requireRead(statementId);
        return bodyOf(statementId);
    }

    StatementBody bodyOf(long statementId) {
        var byParagraphSection = new java.util.HashMap<Long, List<ParagraphView>>();
        for (var p : paragraphs.findLive(statementId)) {
            byParagraphSection.computeIfAbsent(p.getSectionId(), k -> new ArrayList<>()).add(view(p));
        }
        var list = new ArrayList<SectionView>();
        for (var s : sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId)) {
            var ps = byParagraphSection.getOrDefault(s.getId(), List.of());
            list.add(new SectionView(s.getId(), s.getPosition(), s.getTitle(),
                    ps.stream().sorted(java.util.Comparator.comparingInt(ParagraphView::position)).toList()));
        }
        return new StatementBody(statementId, List.copyOf(list));
    }

    /** One paragraph as it is now (deleted ones too: proposals and history refer to them). */
    @Transactional(readOnly = true)
    public ParagraphView paragraph(long paragraphId) {
        var p = paragraphs.findById(paragraphId).orElseThrow(NotFoundException::new);
        access.requireRead(p.getStatementId());
        return view(p);
    }

    /** Whether a paragraph has been deleted. */
    @Transactional(readOnly = true)
    public boolean isDeleted(long paragraphId) {
        var p = paragraphs.findById(paragraphId).orElseThrow(NotFoundException::new);
        access.requireRead(p.getStatementId());
        return p.isDeleted();
    }

    /**
     * Saves a paragraph's new text on top of {@code baseVersion}, the version its author started from.
     *
     * @throws ParagraphConflictException when somebody saved a newer version meanwhile (nothing stored)
     * @throws ConveneException           {@code statement.error.frozen} when the text is frozen, or bad text
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ParagraphSaved save(long paragraphId, long baseVersion, String text) {
        return write(paragraphId, baseVersion, text, ParagraphRevision.EDITED, null);
    }

    /**
     * The same, recording whose words these are when they are not the author's: the review part
     * calls it when the lead accepts a proposal ({@code kind} e.g. {@code PROPOSAL_ACCEPTED}).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    ParagraphSaved saveCredited(long paragraphId, long baseVersion, String text, String kind, Long creditedTo) {
        return write(paragraphId, baseVersion, text, kind, creditedTo);
    }

    /** Puts an earlier text back, as a new version (history is never rewritten). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ParagraphSaved restore(long paragraphId, long revisionId, long baseVersion) {
        var revision = revisions.findById(revisionId).orElseThrow(NotFoundException::new);
        if (revision.getParagraphId() != paragraphId) {
            throw new NotFoundException();
        }
        return write(paragraphId, baseVersion, revision.getTextAfter(), ParagraphRevision.RESTORED, null);
    }

    private ParagraphSaved write(long paragraphId, long baseVersion, String text, String kind, Long creditedTo) {
        var statementId = paragraphs.statementIdOf(paragraphId).orElseThrow(NotFoundException::new);
        var me = access.requireEdit(statementId);
        var clean = cleanText(text);
        var status = statements.statusForSave(statementId).map(StatementStatus::valueOf).orElseThrow(NotFoundException::new);
        if (status.frozen()) {
            throw new ConveneException("statement.error.frozen");
        }
        var paragraph = paragraphs.lockById(paragraphId).orElseThrow(NotFoundException::new);
        if (paragraph.isDeleted()) {
            throw new ConveneException("statement.error.paragraph-deleted");
        }
        if (paragraph.getVersion() != baseVersion) {
            throw new ParagraphConflictException(paragraphId, paragraph.getVersion(), paragraph.getText(), paragraph.getUpdatedBy());
        }
        var now = clock.instant();
        var before = paragraph.getText();
        var version = paragraph.write(clean, me, now);
        var revision = revisions.save(new ParagraphRevision(statementId, paragraphId, version, kind, before, clean,
                me, creditedTo, now));
        paragraphs.flush();
        changes.record(statementId, ChangeKind.PARAGRAPH_SAVED, paragraphId, me);
        return new ParagraphSaved(paragraphId, version, revision.getId());
    }

    /** Paragraph text rules: at most {@link StatementParagraph#TEXT_MAX} characters, no control characters but line breaks and tabs. */
    static String cleanText(String text) {
        var normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        return Validation.optionalText(normalised, "text", StatementParagraph.TEXT_MAX);
    }

    static ParagraphView view(StatementParagraph p) {
        return new ParagraphView(p.getId(), p.getSectionId(), p.getPosition() == null ? 0 : p.getPosition(),
                p.getVersion(), p.getText(), p.getUpdatedBy(), p.getUpdatedAt());
    }
}
