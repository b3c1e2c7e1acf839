package org.convene.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.Color;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;

/**
 * DejaVu Sans (regular and bold) and table cells for OpenPDF documents, embedded as subsets so that every name prints
 * (accents, Greek, Cyrillic, Arabic). Loaded once; OpenPDF's base fonts are safe to share.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return REGULAR;
    }

    public static BaseFont bold() {
        return BOLD;
    }

    /** A table cell as Convene's PDFs draw them: thin grey border, padding, bidi on (Arabic is shaped). */
    public static PdfPCell cell(Phrase phrase) {
        var cell = new PdfPCell(phrase);
        // LTR with bidi: right-to-left runs (Arabic, Hebrew) are reordered and Arabic is shaped.
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xd0, 0xd5, 0xdc));
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static BaseFont load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
