package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.junit.jupiter.api.Test;

class TranslationServiceTest extends ReviewTestBase {

    @Test
    void a_translated_paragraph_is_out_of_date_after_its_source_changes_with_the_source_then_and_now() {
        var id = aWrittenStatement();
        var fr = translationService.create(id, "fr", "Déclaration de Palermo");
        var view = translationService.view(fr);
        assertThat(view.rows()).hasSize(2).noneMatch(TranslationView.Row::outOfDate);
        var translated = view.rows().get(0).paragraphId();
        paragraphService.save(translated, 1, "Nous, professionnels travaillant avec des réfugiés, nous sommes réunis à **Palerme**.");
        var source = firstParagraph(id);
        paragraphService.save(source, 2, "We, professionals working with refugees and migrants, met in **Palermo**.");
        view = translationService.view(fr);
        assertThat(view.outOfDateCount()).isEqualTo(1);
        var row = view.rows().get(0);
        assertThat(row.outOfDate()).isTrue();
        assertThat(row.sourceThen()).isEqualTo("We, professionals working with refugees, met in **Palermo**.");
        assertThat(row.sourceNow()).contains("refugees and migrants");
        translationService.markUpToDate(fr, translated);
        assertThat(translationService.view(fr).outOfDateCount()).isZero();
    }

    @Test
    void translations_are_refused_into_the_same_language_twice_or_by_strangers() {
        var id = aWrittenStatement();
        assertThatThrownBy(() -> translationService.create(id, "en", "Same")).isInstanceOf(ConveneException.class);
        translationService.create(id, "fr", "Déclaration");
        assertThatThrownBy(() -> translationService.create(id, "fr", "Encore")).isInstanceOfSatisfying(ConveneException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("statement.translation.exists"));
        signIn(stranger);
        assertThatThrownBy(() -> translationService.create(id, "de", "Erklärung")).isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from statement_translation where source_id = ?", id)).isEqualTo(1);
    }
}
