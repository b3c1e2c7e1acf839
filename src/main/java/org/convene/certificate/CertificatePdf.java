package org.convene.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.convene.base.ConveneSettings;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.pdf.PdfFonts;
import org.convene.base.ui.Formats;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * One certificate as an A4 landscape page: the organising body, the person, the seminar, its dates
 * and place, the hours attended, the body's signature block and the verification code with the
 * address of the public check page.
 */
@Component
public class CertificatePdf {

    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x8c);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);

    private final TranslationProvider i18n;
    private final String publicUrl;

    CertificatePdf(TranslationProvider i18n, ConveneSettings settings) {
        this.i18n = i18n;
        this.publicUrl = settings.publicUrl();
    }

    /** The address of the public check page for a code. */
    public String verificationUrl(Certificate certificate) {
        return publicUrl + "/" + VERIFY_PATH + "/" + certificate.displayCode();
    }

    /** Path of the public check page, relative to the application root. */
    public static final String VERIFY_PATH = "certificates/verify";

    public byte[] render(Certificate c, Locale locale) {
        var out = new ByteArrayOutputStream(32 * 1024);
        var document = new Document(PageSize.A4.rotate(), 60, 60, 50, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t(locale, "certificate.title") + " – " + c.fullName());
            document.addSubject(c.seminarTitle());
            document.addCreator("Convene");
            document.open();
            document.add(centred(c.issuer(), new Font(PdfFonts.bold(), 13, Font.NORMAL, ACCENT), 0));
            document.add(centred(t(locale, "certificate.title"), new Font(PdfFonts.bold(), 28, Font.NORMAL, ACCENT), 24));
            document.add(centred(t(locale, "certificate.certifies"), new Font(PdfFonts.regular(), 12, Font.NORMAL, MUTED), 22));
            document.add(centred(c.fullName(), new Font(PdfFonts.bold(), 22), 8));
            document.add(centred(t(locale, "certificate.attended"), new Font(PdfFonts.regular(), 12, Font.NORMAL, MUTED), 14));
            document.add(centred(c.seminarTitle(), new Font(PdfFonts.bold(), 16, Font.NORMAL, ACCENT), 8));
            document.add(centred(when(c, locale), new Font(PdfFonts.regular(), 12), 14));
            if (c.minutesAttended() != null) {
                document.add(centred(t(locale, "certificate.hours", c.minutesAttended() / 60.0),
                        new Font(PdfFonts.regular(), 12), 8));
            }
            document.add(centred(t(locale, "certificate.issued", Formats.longDate(
                    c.issuedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), locale)),
                    new Font(PdfFonts.regular(), 10, Font.NORMAL, MUTED), 30));
            document.add(centred("______________________________", new Font(PdfFonts.regular(), 10, Font.NORMAL, MUTED), 26));
            document.add(centred(t(locale, "certificate.signed", c.issuer()), new Font(PdfFonts.bold(), 11), 4));
            document.add(centred(t(locale, "certificate.code", c.displayCode()), new Font(PdfFonts.bold(), 10), 26));
            document.add(centred(t(locale, "certificate.check", verificationUrl(c)),
                    new Font(PdfFonts.regular(), 9, Font.NORMAL, MUTED), 4));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    /** "held in Palermo (…) from 10 March 2027 to 12 March 2027", "held online on 10 March 2027". */
    public String when(Certificate c, Locale locale) {
        var from = Formats.longDate(c.startsOn(), locale);
        var to = Formats.longDate(c.endsOn(), locale);
        var dates = c.startsOn().equals(c.endsOn()) ? t(locale, "certificate.on", from) : t(locale, "certificate.from-to", from, to);
        return c.place().isBlank() ? t(locale, "certificate.held-online", dates) : t(locale, "certificate.held-in", c.place(), dates);
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        var p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
