package org.convene.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class StatementExportsTest {

    /** The worst renderer: hands the Markdown through as HTML. The exports must still be safe. */
    private static final Function<String, String> RAW = Function.identity();

    private static final String HOSTILE = """
            <script>alert('x')</script>Help **now**<img src=x onerror="alert(1)">
            <a href="javascript:alert(2)">click</a> <style>body{display:none}</style>
            <iframe src="https://evil.example"></iframe><p onclick="alert(3)">ok</p>""";

    static ExportDocument document(String... paragraphs) {
        return new ExportDocument("Statement of the Support Network of Professionals", "en",
                "Support Network of Professionals (SNP) · Palermo seminar", "2 December 2026",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cac0f2ec7a5fcad04", 2, "Typo in recommendation 3 corrected.",
                List.of(new ExportDocument.Section("Preamble", List.of(paragraphs)),
                        new ExportDocument.Section("Recommendations", List.of("Ensure **access to treatment** for people without residence status."))),
                List.of(new ExportDocument.Signer("Amina Haddad", "Médecins du Monde", ""),
                        new ExportDocument.Signer("Jonas Becker", "Caritas Berlin", "We would go further on decriminalisation.")),
                new ExportDocument.Labels("Signatories", "Reservation:", "Published", "Version hash (SHA-256):", "version",
                        "Change note:"));
    }

    @Test
    void pdf_parsed_back_contains_the_text_the_signatories_the_reservation_and_the_hash_with_embedded_fonts() throws Exception {
        var bytes = StatementExports.pdf(document("We, professionals working with refugees in Palermo, call for Ελληνικά and Українська care."), RAW);
        try (var pdf = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Statement of the Support Network of Professionals")
                    .contains("We, professionals working with refugees in Palermo")
                    .contains("Ελληνικά").contains("Українська")
                    .contains("access to treatment")
                    .contains("Amina Haddad").contains("Médecins du Monde")
                    .contains("Jonas Becker").contains("We would go further on decriminalisation.")
                    .contains("ba7816bf 8f01cfea")
                    .contains("Typo in recommendation 3 corrected.");
            var fonts = new java.util.ArrayList<PDFont>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains("DejaVu"));
        }
    }

    @Test
    void docx_parsed_back_contains_the_text_the_signatories_the_reservation_and_the_hash() throws Exception {
        var bytes = StatementExports.docx(document("We call for *humane* responses:\n\n- interpreters\n- peer workers"), RAW);
        try (var docx = new XWPFDocument(new ByteArrayInputStream(bytes)); var extractor = new XWPFWordExtractor(docx)) {
            var text = extractor.getText();
            assertThat(text).contains("Statement of the Support Network of Professionals")
                    .contains("We call for").contains("humane")
                    .contains("access to treatment")
                    .contains("Amina Haddad, Médecins du Monde")
                    .contains("Reservation: We would go further on decriminalisation.")
                    .contains("ba7816bf 8f01cfea");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Statement of the Support Network of Professionals");
        }
    }

    @Test
    void html_export_contains_no_script_style_event_handler_frame_or_javascript_link_whatever_the_markdown() {
        var html = StatementExports.html(document(HOSTILE), RAW).toLowerCase();
        assertThat(html).doesNotContain("<script").doesNotContain("alert(").doesNotContain("onerror")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("<iframe")
                .doesNotContain("display:none").doesNotContain("<img");
        assertThat(html).contains("help <strong>now</strong>".replace("<strong>now</strong>", "")).contains("ok");
        assertThat(html.indexOf("<style")).isEqualTo(html.lastIndexOf("<style")); // only the export's own stylesheet
    }

    @Test
    void pdf_and_docx_of_hostile_markdown_still_render_and_carry_no_script_text() throws Exception {
        var pdfBytes = StatementExports.pdf(document(HOSTILE), RAW);
        try (var pdf = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("alert").contains("ok");
        }
        try (var docx = new XWPFDocument(new ByteArrayInputStream(StatementExports.docx(document(HOSTILE), RAW)));
             var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).doesNotContain("alert").contains("ok");
        }
    }

    @Test
    void markdown_export_keeps_the_text_and_neutralises_raw_html_and_script_links() {
        var md = StatementExports.markdown(document("Use `<b>` for bold, not <script>alert(1)</script>. See [site](javascript:alert(2)).",
                "```\n<kept in code>\n```"));
        assertThat(md).startsWith("# Statement of the Support Network of Professionals")
                .contains("## Preamble").contains("\\<script>").doesNotContain(" <script>")
                .contains("`<b>`").contains("](#blocked:alert(2))").doesNotContain("](javascript:")
                .contains("<kept in code>")
                .contains("- **Amina Haddad**, Médecins du Monde")
                .contains("`ba7816bf8f01cfea414140de5dae2223b00361a396177a9cac0f2ec7a5fcad04`");
    }
}
