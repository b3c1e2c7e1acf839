package org.convene.registration;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.pdf.PdfFonts;
import org.convene.base.ui.Formats;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** The participant list as an A4 PDF: the seminar, then name, organisation and country, one row each. */
@Component
class ParticipantListPdf {

    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x8c);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

    private final TranslationProvider i18n;

    ParticipantListPdf(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(ParticipantListService.ParticipantList list, Locale locale) {
        var seminar = list.seminar();
        var out = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t(locale, "participants.list.title") + " – " + seminar.title());
            document.addCreator("Convene");
            document.open();
            document.add(new Paragraph(seminar.title(), new Font(PdfFonts.bold(), 14, Font.NORMAL, ACCENT)));
            var place = seminar.format() != null && seminar.format().hasVenue() ? seminar.venueLine() + " · " : "";
            document.add(new Paragraph(place + Formats.date(seminar.startsAt().toLocalDate(), locale) + " – "
                    + Formats.date(seminar.endsAt().toLocalDate(), locale), new Font(PdfFonts.regular(), 9, Font.NORMAL, MUTED)));
            var heading = new Paragraph(t(locale, "participants.list.heading", list.participants().size()),
                    new Font(PdfFonts.bold(), 11));
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(new Paragraph(t(locale, "participants.list.consent"), new Font(PdfFonts.regular(), 8, Font.NORMAL, MUTED)));
            var table = new PdfPTable(new float[] {36, 40, 24});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            var headerFont = new Font(PdfFonts.bold(), 9, Font.NORMAL, Color.WHITE);
            for (var key : new String[] {"participants.list.name", "participants.list.organisation", "participants.list.country"}) {
                var cell = PdfFonts.cell(new Phrase(t(locale, key), headerFont));
                cell.setBackgroundColor(ACCENT);
                table.addCell(cell);
            }
            var font = new Font(PdfFonts.regular(), 9);
            for (var p : list.participants()) {
                table.addCell(PdfFonts.cell(new Phrase(p.name(), font)));
                table.addCell(PdfFonts.cell(new Phrase(p.organisation(), font)));
                table.addCell(PdfFonts.cell(new Phrase(ParticipantListService.countryName(p.country(), locale).orElse(""), font)));
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
