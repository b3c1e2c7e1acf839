package org.convene.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void path_parts_control_characters_and_leading_dots_go() {
        assertThat(FileNames.clean("C:\\Users\\me\\Desktop\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.clean("../../.hidden")).isEqualTo("hidden");
        assertThat(FileNames.clean("a\u0000b\u001fc.txt")).isEqualTo("abc.txt");
        assertThat(FileNames.clean("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(FileNames.clean("  ")).isEqualTo("file");
        assertThat(FileNames.clean(null)).isEqualTo("file");
    }

    @Test
    void unicode_is_normalised_and_long_names_keep_their_extension() {
        assertThat(FileNames.clean("Re\u0301sume\u0301.pdf")).isEqualTo("Résumé.pdf");
        var longName = FileNames.clean("é".repeat(300) + ".docx");
        assertThat(longName).hasSize(FileNames.MAX).endsWith(".docx");
        assertThat(FileNames.clean("😀".repeat(150) + ".pdf")).hasSizeLessThanOrEqualTo(FileNames.MAX).endsWith(".pdf");
    }
}
