package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.convene.account.Role;
import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

class StatementServiceTest extends StatementTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PresenceService presence;
    @Autowired
    HistoryService history;

    private static String key(Runnable r) {
        try {
            r.run();
        } catch (ConveneException e) {
            return e.getMessageKey() + "@" + e.getField();
        }
        return "accepted";
    }

    @Test
    void a_new_statement_is_a_draft_with_its_team_and_one_empty_paragraph() {
        var id = aStatement();
        var s = statementService.summary(id);
        assertThat(s.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(s.groupName()).startsWith("SNP ");
        assertThat(s.team()).extracting(StatementSummary.Member::role).containsExactly(TeamRole.LEAD, TeamRole.CO_AUTHOR, TeamRole.REVIEWER);
        assertThat(s.lead().orElseThrow().name()).isEqualTo("Amina Lead");
        assertThat(paragraphService.body(id).sections()).hasSize(1);
        assertThat(statementService.findByPublicId(s.publicId())).isPresent();
        signIn(stranger);
        assertThat(statementService.findByPublicId(s.publicId())).isEmpty();
        assertThat(statementService.mine("", Pageable.ofSize(10)).getContent()).isEmpty();
        signIn(reviewer);
        assertThat(statementService.mine("palermo", Pageable.ofSize(10)).getContent()).extracting(StatementSummary::id).containsExactly(id);
    }

    @Test
    void a_co_author_from_outside_the_group_opens_the_statement_and_reads_the_group_name() {
        aTeam();
        var outsider = aUser("Lucas Outsider", Role.EXPERT);
        signIn(organiser);
        var id = statementService.create(new StatementForm("Outside the group " + UUID.randomUUID(), null, groupId, "en",
                idOf(lead), Set.of(idOf(outsider)), Set.of()));
        var publicId = statementService.summary(id).publicId();
        signIn(outsider);
        var seen = statementService.findByPublicId(publicId);
        assertThat(seen).isPresent();
        assertThat(seen.orElseThrow().groupName()).startsWith("SNP ");
    }

    @Test
    void bad_headers_and_teams_are_refused_with_the_field_and_nothing_is_stored() {
        aTeam();
        signIn(lead);
        var participant = idOf(aUser("Just Participant"));
        signIn(lead);
        var before = statementService.mine("", Pageable.ofSize(10)).getTotalElements();
        assertThat(key(() -> statementService.create(new StatementForm(" ", null, groupId, "en", idOf(lead), Set.of(), Set.of()))))
                .isEqualTo("validation.required@title");
        assertThat(key(() -> statementService.create(new StatementForm("T", null, null, "en", idOf(lead), Set.of(), Set.of()))))
                .isEqualTo("statement.error.belongs-to@seminarId");
        assertThat(key(() -> statementService.create(new StatementForm("T", null, groupId, "xx", idOf(lead), Set.of(), Set.of()))))
                .isEqualTo("statement.error.language@language");
        assertThat(key(() -> statementService.create(new StatementForm("T", null, groupId, "en", idOf(lead), Set.of(idOf(lead)), Set.of()))))
                .isEqualTo("statement.error.team-twice@coAuthorIds");
        assertThat(key(() -> statementService.create(new StatementForm("T", null, groupId, "en", idOf(lead), Set.of(), Set.of(participant)))))
                .isEqualTo("statement.error.team-member@reviewerIds");
        assertThat(key(() -> statementService.create(new StatementForm("T", null, groupId, "en", idOf(coAuthor), Set.of(), Set.of(idOf(lead))))))
                .isEqualTo("statement.error.keep-yourself@leadId");
        signIn(stranger);
        assertThat(key(() -> statementService.create(new StatementForm("T", null, groupId, "en", idOf(stranger), Set.of(), Set.of()))))
                .isEqualTo("statement.error.group@groupId");
        signIn(lead);
        assertThat(statementService.mine("", Pageable.ofSize(10)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void the_lead_changes_header_and_team_and_a_co_author_may_not() {
        var id = aStatement();
        statementService.update(id, new StatementForm("Renamed statement", null, groupId, "fr", idOf(lead), Set.of(), Set.of(idOf(coAuthor))));
        assertThat(statementService.summary(id).title()).isEqualTo("Renamed statement");
        assertThat(statementService.summary(id).roleOf(idOf(coAuthor))).contains(TeamRole.REVIEWER);
        signIn(coAuthor);
        assertThatThrownBy(() -> statementService.update(id, aForm("Mine now"))).isInstanceOf(AccessDeniedException.class);
        signIn(stranger);
        assertThatThrownBy(() -> statementService.update(id, aForm("Mine now"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_frozen_statement_refuses_every_content_change() {
        var id = aStatement();
        var section = paragraphService.body(id).sections().getFirst().id();
        var p = firstParagraph(id);
        jdbc.update("update statement set status = 'SIGN_OFF' where id = ?", id);
        assertThat(key(() -> paragraphService.save(p, 1, "late edit"))).isEqualTo("statement.error.frozen@null");
        assertThat(key(() -> structure.addParagraph(section, 1, "x"))).isEqualTo("statement.error.frozen@null");
        assertThat(key(() -> structure.moveParagraph(p, section, 1))).isEqualTo("statement.error.frozen@null");
        assertThat(key(() -> structure.deleteParagraph(p))).isEqualTo("statement.error.frozen@null");
        assertThat(key(() -> structure.addSection(id, 1, "x"))).isEqualTo("statement.error.frozen@null");
        assertThat(key(() -> paragraphService.restore(p, history.paragraphHistory(p).getFirst().id(), 1)))
                .isEqualTo("statement.error.frozen@null");
        assertThat(paragraphService.body(id).paragraphs().toList()).hasSize(1);
        assertThat(history.paragraphHistory(p)).hasSize(1);
    }

    @Test
    void sections_move_and_delete_keeping_positions_and_the_history_of_deleted_paragraphs() {
        var id = aStatement();
        var first = paragraphService.body(id).sections().getFirst().id();
        var second = structure.addSection(id, 2, "Recommendations");
        var third = structure.addSection(id, 1, "Preamble");
        assertThat(paragraphService.body(id).sections()).extracting(SectionView::id).containsExactly(third, first, second);
        structure.moveSection(third, 3);
        assertThat(paragraphService.body(id).sections()).extracting(SectionView::id).containsExactly(first, second, third);
        var gone = paragraphService.body(id).sections().get(1).paragraphs().getFirst().id();
        paragraphService.save(gone, 1, "A recommendation");
        structure.deleteSection(second);
        assertThat(paragraphService.body(id).sections()).extracting(SectionView::position).containsExactly(1, 2);
        assertThat(paragraphService.isDeleted(gone)).isTrue();
        assertThat(history.paragraphHistory(gone)).extracting(RevisionView::kind).containsExactly("CREATED", "EDITED", "DELETED");
        assertThat(key(() -> paragraphService.save(gone, 3, "too late"))).isEqualTo("statement.error.paragraph-deleted@null");
        structure.deleteSection(third);
        assertThat(key(() -> structure.deleteSection(first))).isEqualTo("statement.error.last-section@null");
    }

    @Test
    void the_statement_diff_compares_two_versions_word_by_word() {
        var id = aStatement();
        var p = firstParagraph(id);
        var v2 = paragraphService.save(p, 1, "Drug policy must respect health.");
        var v3 = paragraphService.save(p, 2, "Drug policy must respect human rights.");
        var diff = history.diff(id, v2.revisionId(), v3.revisionId());
        assertThat(diff.paragraphs()).singleElement().satisfies(d -> {
            assertThat(d.change()).isEqualTo(StatementDiff.Change.CHANGED);
            assertThat(d.segments()).contains(new WordDiff.Segment(WordDiff.Segment.Kind.REMOVED, "health"),
                    new WordDiff.Segment(WordDiff.Segment.Kind.ADDED, "human rights"));
        });
        var added = structure.addParagraph(paragraphService.body(id).sections().getFirst().id(), 2, "New paragraph");
        var latest = history.statementHistory(id, Pageable.ofSize(1)).getContent().getFirst().id();
        assertThat(history.diff(id, v3.revisionId(), latest).paragraphs())
                .filteredOn(d -> d.paragraphId() == added).extracting(StatementDiff.ParagraphDiff::change)
                .containsExactly(StatementDiff.Change.ADDED);
    }

    @Test
    void presence_shows_who_is_here_and_their_soft_lock_which_never_blocks_a_save() {
        var id = aStatement();
        var p = firstParagraph(id);
        signIn(coAuthor);
        var key = presence.enter(id);
        presence.editing(key, p);
        signIn(lead);
        var mine = presence.enter(id);
        assertThat(presence.present(id)).extracting(Presence::name, Presence::editingParagraphId)
                .contains(org.assertj.core.groups.Tuple.tuple("Jonas Coauthor", p), org.assertj.core.groups.Tuple.tuple("Amina Lead", null));
        assertThat(paragraphService.save(p, 1, "Lead saves although Jonas edits").version()).isEqualTo(2);
        // A row not refreshed for longer than the timeout (a crashed instance) no longer counts.
        jdbc.update("update statement_presence set seen_at = ? where session_key = ?",
                org.convene.base.db.UtcTimes.of(java.time.Instant.now().minus(PresenceService.PRESENCE_TIMEOUT).minusSeconds(5)), key);
        assertThat(presence.present(id)).extracting(Presence::sessionKey).containsExactly(mine);
        presence.leave(mine);
        assertThat(presence.present(id)).isEmpty();
        signIn(stranger);
        assertThatThrownBy(() -> presence.enter(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void organisers_see_every_statement() {
        var id = aStatement();
        signIn(aUser("Other Organiser", Role.ORGANISER));
        assertThat(statementService.summary(id).id()).isEqualTo(id);
        assertThat(statementService.mine("", Pageable.ofSize(500)).getContent()).extracting(StatementSummary::id).contains(id);
    }
}
