package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Issue 8, "bulk and find": search by title and description within a library, sort by name, date or size. */
class DocumentListingTest extends DocumentWorld {

    long libraryId;
    long reports;

    @BeforeEach
    void setUp() throws IOException {
        buildWorld();
        signIn(organiser);
        libraryId = documents.seminarLibrary(seminarId).id();
        reports = folder(documents.seminarLibrary(seminarId), "Reports");
        upload("Minutes of day one", "Harm reduction workshop notes", 3_000, null);
        upload("annual report", "Figures for 2026", 1_000, DocumentVisibility.PUBLIC);
        upload("Briefing", "Gender approach in drug policy (100% draft)", 2_000, null);
    }

    private void upload(String title, String description, int size, DocumentVisibility visibility) throws IOException {
        files.upload(reports, title + ".pdf", new ByteArrayInputStream(DocumentFilesTest.uniquePdf(size)),
                new ItemDetails(title, description, "en", visibility));
    }

    private List<String> titles(String search, Sort sort) {
        return documents.items(libraryId, search == null ? reports : null, search, PageRequest.of(0, 10, sort))
                .getContent().stream().map(ItemRow::title).toList();
    }

    @Test
    void items_sort_by_name_date_or_size_both_ways() {
        assertThat(titles(null, Sort.by("title"))).containsExactly("annual report", "Briefing", "Minutes of day one");
        assertThat(titles(null, Sort.by("title").descending())).containsExactly("Minutes of day one", "Briefing", "annual report");
        assertThat(titles(null, Sort.by("size"))).containsExactly("annual report", "Briefing", "Minutes of day one");
        assertThat(titles(null, Sort.by("size").descending())).containsExactly("Minutes of day one", "Briefing", "annual report");
        assertThat(titles(null, Sort.by("updatedAt").descending())).containsExactly("Briefing", "annual report", "Minutes of day one");
    }

    @Test
    void search_finds_words_of_titles_and_descriptions_in_any_case_and_takes_wildcards_literally() {
        assertThat(titles("REPORT", Sort.by("title"))).containsExactly("annual report");
        assertThat(titles("harm reduction", Sort.by("title"))).containsExactly("Minutes of day one");
        assertThat(titles("100%", Sort.by("title"))).containsExactly("Briefing");
        assertThat(titles("%", Sort.by("title"))).containsExactly("Briefing");
        assertThat(titles("_", Sort.by("title"))).isEmpty();
        assertThat(titles("!", Sort.by("title"))).isEmpty();
        assertThat(titles("r", Sort.by("title"))).hasSize(3);
        signIn(otherExpert);
        assertThat(documents.items(libraryId, null, "r", PageRequest.of(0, 10)).getContent())
                .as("the search is within what the person may see").extracting(ItemRow::title).containsExactly("annual report");
    }
}
