package org.convene.statement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the REVIEW part needs from the drafting core (statements, team, paragraphs, saving, change feed),
 * in one narrow port so that review code does not depend on the core's internals. Implemented over the
 * core's API by {@link DraftsAdapter}. No access checks here: callers check first.
 */
interface Drafts {

    record Header(long id, String publicId, String title, Long seminarId, Long groupId, String language,
                  StatementStatus status, Map<Long, TeamRole> team) {

        boolean isLead(long userId) {
            return team.get(userId) == TeamRole.LEAD;
        }

        boolean isEditor(long userId) {
            var role = team.get(userId);
            return role == TeamRole.LEAD || role == TeamRole.CO_AUTHOR;
        }

        boolean isMember(long userId) {
            return team.containsKey(userId);
        }
    }

    record Paragraph(long id, long statementId, long sectionId, long version, String text, boolean deleted) {
    }

    record Section(long id, String heading, List<Paragraph> paragraphs) {
    }

    Optional<Header> header(long statementId);

    Optional<Header> headerByPublicId(String publicId);

    /** Sections and live (not deleted) paragraphs, in order. */
    List<Section> body(long statementId);

    Optional<Paragraph> paragraph(long paragraphId);

    /** Text of a paragraph as it was at a version (from the history), if known. */
    Optional<String> textAt(long paragraphId, long version);

    /**
     * Saves a new version of a paragraph for {@code actorId}, credited to {@code creditedTo}; returns the new
     * version. A stale {@code baseVersion} raises the core's conflict exception; nothing is stored then.
     */
    long saveCredited(long paragraphId, long baseVersion, String text, long actorId, long creditedTo);

    /** The workflow's status change on the statement itself (the core's edit guard reads it). */
    void moveTo(long statementId, StatementStatus status, Instant at);

    /** Records a change in the feed so that open editors (any instance) refresh: kind is e.g. COMMENT, STATUS. */
    void recordChange(long statementId, String kind, Long paragraphId, long actorId);

    /** A new statement in another language, same team, each section and paragraph a copy of the source's. */
    Translated createTranslation(long sourceId, String language, String title, long actorId);

    record Translated(long statementId, Map<Long, Long> paragraphToSource) {
    }
}
