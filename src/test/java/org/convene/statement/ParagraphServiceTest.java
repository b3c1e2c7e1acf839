package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.AccessDeniedException;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ParagraphServiceTest extends StatementTestBase {

    @Autowired
    RevisionRepository revisions;

    @Test
    void a_save_on_the_current_version_makes_a_new_version_recorded_in_the_history() {
        var id = aStatement();
        var p = firstParagraph(id);
        var saved = paragraphService.save(p, 1, "We call for **harm reduction** everywhere.");
        assertThat(saved.version()).isEqualTo(2);
        var now = paragraphService.paragraph(p);
        assertThat(now.text()).isEqualTo("We call for **harm reduction** everywhere.");
        assertThat(revisions.findByParagraphIdOrderByVersionAsc(p)).extracting(ParagraphRevision::getVersion,
                ParagraphRevision::getKind, ParagraphRevision::getTextBefore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "CREATED", ""),
                        org.assertj.core.groups.Tuple.tuple(2L, "EDITED", ""));
    }

    @Test
    void a_save_on_an_older_version_is_refused_with_the_current_text_and_stores_nothing() {
        var id = aStatement();
        var p = firstParagraph(id);
        paragraphService.save(p, 1, "First text by the lead.");
        signIn(coAuthor);
        assertThatThrownBy(() -> paragraphService.save(p, 1, "Co-author's text from version 1."))
                .isInstanceOfSatisfying(ParagraphConflictException.class, e -> {
                    assertThat(e.getCurrentVersion()).isEqualTo(2);
                    assertThat(e.getCurrentText()).isEqualTo("First text by the lead.");
                    assertThat(e.getCurrentAuthorId()).isEqualTo(idOf(lead));
                    assertThat(e.getMessageKey()).isEqualTo("statement.error.conflict");
                });
        assertThat(paragraphService.paragraph(p).version()).isEqualTo(2);
        assertThat(revisions.countByParagraphId(p)).isEqualTo(2);
    }

    @Test
    void reviewers_read_but_do_not_edit_and_strangers_get_not_found() {
        var id = aStatement();
        var p = firstParagraph(id);
        signIn(reviewer);
        assertThat(paragraphService.body(id).paragraphs()).hasSize(1);
        assertThatThrownBy(() -> paragraphService.save(p, 1, "Reviewer text")).isInstanceOf(AccessDeniedException.class);
        signIn(stranger);
        assertThatThrownBy(() -> paragraphService.body(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> paragraphService.save(p, 1, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statementService.summary(id)).isInstanceOf(NotFoundException.class);
        signIn(organiser);
        assertThat(paragraphService.save(p, 1, "Organiser text").version()).isEqualTo(2);
        assertThat(revisions.countByParagraphId(p)).isEqualTo(2);
    }

    @Test
    void over_long_text_is_refused_and_nothing_is_stored() {
        var id = aStatement();
        var p = firstParagraph(id);
        assertThatThrownBy(() -> paragraphService.save(p, 1, "x".repeat(StatementParagraph.TEXT_MAX + 1)))
                .isInstanceOfSatisfying(ConveneException.class, e -> assertThat(e.getMessageKey()).isEqualTo("validation.too-long"));
        assertThat(paragraphService.paragraph(p).version()).isEqualTo(1);
        assertThat(revisions.countByParagraphId(p)).isEqualTo(1);
    }

    @Test
    void restoring_an_earlier_text_is_a_new_version() {
        var id = aStatement();
        var p = firstParagraph(id);
        var first = paragraphService.save(p, 1, "Original wording.");
        paragraphService.save(p, 2, "Worse wording.");
        var restored = paragraphService.restore(p, first.revisionId(), 3);
        assertThat(restored.version()).isEqualTo(4);
        assertThat(paragraphService.paragraph(p).text()).isEqualTo("Original wording.");
        assertThat(revisions.findByParagraphIdOrderByVersionAsc(p)).extracting(ParagraphRevision::getKind)
                .containsExactly("CREATED", "EDITED", "EDITED", "RESTORED");
    }
}
