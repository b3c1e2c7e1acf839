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
 * The order of a statement's body: add, move and delete sections and paragraphs. Each change takes
 * the statement row's write lock first ({@code SELECT ... FOR UPDATE}), so structure changes of one
 * statement run one after the other, then renumbers the parents it touched: every position is lifted
 * above the ones in use (highest first), then each row goes to its final place 1..n. MariaDB checks
 * unique keys row by row, and no row ever lands on a taken place this way.
 */
@Service
public class StructureService {

    /** Most live paragraphs in one section and sections in one statement. */
    public static final int MAX_CHILDREN = 500;

    private final StatementRepository statements;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final RevisionRepository revisions;
    private final StatementAccess access;
    private final StatementChanges changes;
    private final Clock clock;

    StructureService(StatementRepository statements, SectionRepository sections, ParagraphRepository paragraphs,
                     RevisionRepository revisions, StatementAccess access, StatementChanges changes, Clock clock) {
        this.statements = statements;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** A new paragraph at {@code position} (1-based; beyond the end = last) of a section. Returns its id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long addParagraph(long sectionId, int position, String text) {
        var me = lock(sections.statementIdOf(sectionId).orElseThrow(NotFoundException::new));
        var fresh = sections.findById(sectionId).filter(s -> !s.isDeleted())
                .orElseThrow(() -> new ConveneException("statement.error.section-deleted"));
        var clean = ParagraphService.cleanText(text);
        var order = ids(paragraphs.findLiveInSection(sectionId));
        if (order.size() >= MAX_CHILDREN) {
            throw new ConveneException("statement.error.too-many", MAX_CHILDREN);
        }
        var now = clock.instant();
        var paragraph = paragraphs.saveAndFlush(new StatementParagraph(fresh.getStatementId(), sectionId,
                order.size() + 1 + 1_000_000, clean, me, now));
        order.add(clamp(position, order.size() + 1) - 1, paragraph.getId());
        placeParagraphs(sectionId, order);
        revisions.save(new ParagraphRevision(fresh.getStatementId(), paragraph.getId(), 1, ParagraphRevision.CREATED,
                "", clean, me, null, now));
        touched(fresh.getStatementId(), paragraph.getId(), me);
        return paragraph.getId();
    }

    /** Moves a paragraph to {@code position} (1-based, clamped) of a section, in the same statement. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void moveParagraph(long paragraphId, long targetSectionId, int position) {
        var statementId = paragraphs.statementIdOf(paragraphId).orElseThrow(NotFoundException::new);
        var me = lock(statementId);
        var paragraph = paragraphs.findById(paragraphId).orElseThrow(NotFoundException::new);
        if (paragraph.isDeleted()) {
            throw new ConveneException("statement.error.paragraph-deleted");
        }
        var target = sections.findById(targetSectionId)
                .filter(s -> s.getStatementId() == statementId && !s.isDeleted())
                .orElseThrow(() -> new ConveneException("statement.error.section-deleted"));
        var source = paragraph.getSectionId();
        var sourceOrder = ids(paragraphs.findLiveInSection(source));
        sourceOrder.remove(paragraphId);
        var targetOrder = source == target.getId() ? sourceOrder : ids(paragraphs.findLiveInSection(target.getId()));
        if (targetOrder.size() >= MAX_CHILDREN) {
            throw new ConveneException("statement.error.too-many", MAX_CHILDREN);
        }
        targetOrder.add(clamp(position, targetOrder.size() + 1) - 1, paragraphId);
        if (source != target.getId()) {
            placeParagraphs(source, sourceOrder);
        }
        placeParagraphs(target.getId(), targetOrder);
        touched(statementId, paragraphId, me);
    }

    /** Deletes a paragraph: it leaves the order and gets a DELETED revision; its row and history stay. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteParagraph(long paragraphId) {
        var statementId = paragraphs.statementIdOf(paragraphId).orElseThrow(NotFoundException::new);
        var me = lock(statementId);
        var paragraph = paragraphs.findById(paragraphId).orElseThrow(NotFoundException::new);
        if (paragraph.isDeleted()) {
            throw new ConveneException("statement.error.paragraph-deleted");
        }
        var section = paragraph.getSectionId();
        var order = ids(paragraphs.findLiveInSection(section));
        order.remove(paragraphId);
        retire(statementId, List.of(paragraphId), me);
        placeParagraphs(section, order);
        touched(statementId, paragraphId, me);
    }

    /** A new section at {@code position} (clamped) with one empty paragraph. Returns the section's id. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long addSection(long statementId, int position, String title) {
        var me = lock(statementId);
        var clean = Validation.optionalLine(title, "title", StatementSection.TITLE_MAX);
        var order = ids(sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId));
        if (order.size() >= MAX_CHILDREN) {
            throw new ConveneException("statement.error.too-many", MAX_CHILDREN);
        }
        var now = clock.instant();
        var section = sections.saveAndFlush(new StatementSection(statementId, order.size() + 1 + 1_000_000, clean, now));
        order.add(clamp(position, order.size() + 1) - 1, section.getId());
        placeSections(statementId, order);
        var paragraph = paragraphs.saveAndFlush(new StatementParagraph(statementId, section.getId(), 1, "", me, now));
        revisions.save(new ParagraphRevision(statementId, paragraph.getId(), 1, ParagraphRevision.CREATED, "", "", me, null, now));
        touched(statementId, null, me);
        return section.getId();
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void renameSection(long sectionId, String title) {
        var statementId = sections.statementIdOf(sectionId).orElseThrow(NotFoundException::new);
        var me = lock(statementId);
        var clean = Validation.optionalLine(title, "title", StatementSection.TITLE_MAX);
        var section = sections.findById(sectionId).filter(s -> !s.isDeleted())
                .orElseThrow(() -> new ConveneException("statement.error.section-deleted"));
        section.rename(clean, clock.instant());
        sections.flush();
        touched(statementId, null, me);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void moveSection(long sectionId, int position) {
        var statementId = sections.statementIdOf(sectionId).orElseThrow(NotFoundException::new);
        var me = lock(statementId);
        var order = ids(sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId));
        if (!order.remove(sectionId)) {
            throw new ConveneException("statement.error.section-deleted");
        }
        order.add(clamp(position, order.size() + 1) - 1, sectionId);
        placeSections(statementId, order);
        touched(statementId, null, me);
    }

    /** Deletes a section and its paragraphs (each gets a DELETED revision). The last section stays. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void deleteSection(long sectionId) {
        var statementId = sections.statementIdOf(sectionId).orElseThrow(NotFoundException::new);
        var me = lock(statementId);
        var order = ids(sections.findByStatementIdAndDeletedFalseOrderByPositionAsc(statementId));
        if (!order.remove(sectionId)) {
            throw new ConveneException("statement.error.section-deleted");
        }
        if (order.isEmpty()) {
            throw new ConveneException("statement.error.last-section");
        }
        retire(statementId, ids(paragraphs.findLiveInSection(sectionId)), me);
        sections.liftPositions(statementId);
        sections.place(sectionId, null, true);
        placeSections(statementId, order);
        touched(statementId, null, me);
    }

    /** Deleted paragraphs leave the order (no position) and get a DELETED revision holding their last text. */
    private void retire(long statementId, List<Long> ids, long me) {
        var now = clock.instant();
        for (var id : ids) {
            paragraphs.retire(id, me, now);
        }
        for (var p : paragraphs.findAllById(ids)) {
            revisions.save(new ParagraphRevision(statementId, p.getId(), p.getVersion(), ParagraphRevision.DELETED,
                    p.getText(), "", me, null, now));
        }
        revisions.flush();
    }

    /** Takes the statement's write lock after checking the caller may edit and the text is not frozen. */
    private long lock(long statementId) {
        var me = access.requireEdit(statementId);
        var statement = statements.lockForStructure(statementId).orElseThrow(NotFoundException::new);
        statement.requireEditable();
        return me;
    }

    private void placeParagraphs(long sectionId, List<Long> order) {
        paragraphs.liftPositions(sectionId);
        for (var i = 0; i < order.size(); i++) {
            paragraphs.place(order.get(i), sectionId, i + 1);
        }
    }

    private void placeSections(long statementId, List<Long> order) {
        sections.liftPositions(statementId);
        for (var i = 0; i < order.size(); i++) {
            sections.place(order.get(i), i + 1, false);
        }
    }

    private void touched(long statementId, Long paragraphId, long me) {
        changes.record(statementId, ChangeKind.STRUCTURE, paragraphId, me);
    }

    private static int clamp(int position, int max) {
        return Math.max(1, Math.min(position, max));
    }

    private static List<Long> ids(List<? extends org.convene.base.AbstractEntity> rows) {
        var out = new ArrayList<Long>();
        rows.forEach(r -> out.add(r.getId()));
        return out;
    }
}
