package org.convene.statement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.base.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The review part's view of the drafting core ({@link Drafts}), over the core's repositories and
 * services in this package. Saving goes through {@link ParagraphService#saveCredited}, so its access
 * check, frozen guard and version conflict apply unchanged; status changes lock the statement row
 * like the core's structure changes do.
 */
@Component
class DraftsAdapter implements Drafts {

    static final String PROPOSAL_ACCEPTED = "PROPOSAL_ACCEPTED";

    private final StatementRepository statements;
    private final SectionRepository sections;
    private final ParagraphRepository paragraphs;
    private final RevisionRepository revisions;
    private final ParagraphService paragraphService;
    private final StatementChanges changes;
    private final Clock clock;

    DraftsAdapter(StatementRepository statements, SectionRepository sections, ParagraphRepository paragraphs,
                  RevisionRepository revisions, ParagraphService paragraphService, StatementChanges changes, Clock clock) {
        this.statements = statements;
        this.sections = sections;
        this.paragraphs = paragraphs;
        this.revisions = revisions;
        this.paragraphService = paragraphService;
        this.changes = changes;
        this.clock = clock;
    }

    @Override
    public Optional<Header> header(long statementId) {
        return statements.findById(statementId).map(DraftsAdapter::header);
    }

    @Override
    public Optional<Header> headerByPublicId(String publicId) {
        if (publicId == null || !publicId.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return statements.findByPublicId(publicId).map(DraftsAdapter::header);
    }

    private static Header header(Statement s) {
        var team = new HashMap<Long, TeamRole>();
        s.getTeam().forEach(m -> team.put(m.getUserId(), m.getRole()));
        return new Header(s.getId(), s.getPublicId(), s.getTitle(), s.getSeminarId(), s.getGroupId(), s.getLanguage(),
                s.getStatus(), Map.copyOf(team));
    }

    @Override
    public List<Section> body(long statementId) {
        var body = paragraphService.bodyOf(statementId);
        return body.sections().stream().map(s -> new Section(s.id(), s.title(), s.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), statementId, s.id(), p.version(), p.text(), false)).toList())).toList();
    }

    @Override
    public Optional<Paragraph> paragraph(long paragraphId) {
        return paragraphs.findById(paragraphId).map(p -> new Paragraph(p.getId(), p.getStatementId(), p.getSectionId(),
                p.getVersion(), p.getText(), p.isDeleted()));
    }

    @Override
    public Optional<String> textAt(long paragraphId, long version) {
        return revisions.findByParagraphIdOrderByVersionAsc(paragraphId).stream()
                .filter(r -> r.getVersion() == version).map(ParagraphRevision::getTextAfter).findFirst();
    }

    @Override
    public long saveCredited(long paragraphId, long baseVersion, String text, long actorId, long creditedTo) {
        return paragraphService.saveCredited(paragraphId, baseVersion, text, PROPOSAL_ACCEPTED, creditedTo).version();
    }

    @Override
    public void moveTo(long statementId, StatementStatus status, Instant at) {
        statements.lockForStructure(statementId).orElseThrow(NotFoundException::new).moveTo(status, at);
        statements.flush();
    }

    @Override
    public void recordChange(long statementId, String kind, Long paragraphId, long actorId) {
        changes.record(statementId, kind, paragraphId, actorId);
    }

    @Override
    public Translated createTranslation(long sourceId, String language, String title, long actorId) {
        var source = statements.findById(sourceId).orElseThrow(NotFoundException::new);
        var now = clock.instant();
        var copy = statements.save(new Statement(title, source.getSeminarId(), source.getGroupId(), language, actorId, now));
        copy.replaceTeam(new java.util.HashSet<>(source.getTeam()), now);
        statements.flush();
        var links = new LinkedHashMap<Long, Long>();
        var body = paragraphService.bodyOf(sourceId);
        for (var s : body.sections()) {
            var section = sections.save(new StatementSection(copy.getId(), s.position(), s.title(), now));
            for (var p : s.paragraphs()) {
                var paragraph = paragraphs.save(new StatementParagraph(copy.getId(), section.getId(), p.position(), p.text(),
                        actorId, now));
                revisions.save(new ParagraphRevision(copy.getId(), paragraph.getId(), paragraph.getVersion(),
                        ParagraphRevision.CREATED, "", p.text(), actorId, null, now));
                links.put(paragraph.getId(), p.id());
            }
        }
        paragraphs.flush();
        return new Translated(copy.getId(), links);
    }

    /** Used by tests and the demo: the ordered live paragraph ids of a statement. */
    List<Long> paragraphIds(long statementId) {
        var ids = new ArrayList<Long>();
        body(statementId).forEach(s -> s.paragraphs().forEach(p -> ids.add(p.id())));
        return ids;
    }
}
