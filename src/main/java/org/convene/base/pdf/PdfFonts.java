package org.convene.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;

/**
 * DejaVu Sans (regular and bold) for OpenPDF documents, embedded as subsets so that every name prints
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

    private static BaseFont load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
