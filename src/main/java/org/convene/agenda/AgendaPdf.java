package org.convene.agenda;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.convene.base.i18n.TranslationProvider;
import org.convene.base.pdf.PdfFonts;
import org.convene.base.ui.Formats;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The published agenda as an A4 PDF: the seminar in the header of every page, one section per
 * day, times in the seminar's zone with its abbreviation. DejaVu Sans is embedded (subset), so
 * French, Greek, Cyrillic and Arabic names print; every cell runs the bidi algorithm, which also
 * shapes Arabic letters (OpenPDF's ArabicLigaturizer).
 */
@Component
public class AgendaPdf {

    /** 24-hour times: the programme is read by an international audience. */
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x8c);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color PAUSE = new Color(0xf1, 0xf3, 0xf6);

    private final TranslationProvider i18n;
    private final BaseFont regular;
    private final BaseFont bold;

    AgendaPdf(TranslationProvider i18n) {
        this.i18n = i18n;
        this.regular = PdfFonts.regular();
        this.bold = PdfFonts.bold();
    }

    public byte[] render(PublishedAgenda agenda, Locale locale) {
        var out = new ByteArrayOutputStream(64 * 1024);
        var document = new Document(PageSize.A4, 40, 40, 96, 50);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new HeaderFooter(agenda, locale));
            document.addTitle(agenda.seminarTitle());
            document.addSubject(t(locale, "agenda.title"));
            document.addCreator("Convene");
            document.open();
            if (agenda.seminarCancelled()) {
                document.add(new Paragraph(t(locale, "agenda.seminar-cancelled"), new Font(bold, 12, Font.NORMAL, Color.RED)));
            }
            if (agenda.entries().isEmpty()) {
                document.add(new Paragraph(t(locale, "agenda.none"), new Font(regular, 10)));
            }
            for (var day : agenda.byDay().entrySet()) {
                document.add(dayHeading(day.getKey(), locale));
                document.add(dayTable(agenda, day.getValue(), locale));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    private Paragraph dayHeading(LocalDate day, Locale locale) {
        var heading = new Paragraph(capitalise(Formats.longDate(day, locale), locale), new Font(bold, 13, Font.NORMAL, ACCENT));
        heading.setLeading(18);
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(8);
        heading.setKeepTogether(true);
        return heading;
    }

    private PdfPTable dayTable(PublishedAgenda agenda, java.util.List<AgendaEntry> entries, Locale locale) {
        var table = new PdfPTable(new float[] {20, 18, 62});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        var headerFont = new Font(bold, 8.5f, Font.NORMAL, Color.WHITE);
        for (var key : new String[] {"agenda.time", "agenda.room", "agenda.session"}) {
            var cell = cell(new Phrase(t(locale, key), headerFont));
            cell.setBackgroundColor(ACCENT);
            table.addCell(cell);
        }
        var small = new Font(regular, 8.5f);
        var muted = new Font(regular, 8, Font.NORMAL, MUTED);
        for (var e : entries) {
            var zone = Formats.zoneAbbreviation(agenda.zone(), e.startsAt(), locale);
            var time = new Phrase(HOURS.format(e.startsAt()) + "–" + HOURS.format(e.endsAt()) + " " + zone, small);
            var session = new Phrase();
            var titleFont = new Font(bold, 9.5f, e.isCancelled() ? Font.STRIKETHRU : Font.NORMAL);
            session.add(new Chunk(e.title(), titleFont));
            var tags = t(locale, "agenda.type." + e.type().name());
            if (e.isCancelled()) {
                tags += " · " + t(locale, "agenda.cancelled");
            } else if (e.updated()) {
                tags += " · " + t(locale, "agenda.updated");
            }
            if (!e.language().isEmpty()) {
                tags += " · " + Locale.forLanguageTag(e.language()).getDisplayLanguage(locale);
            }
            session.add(new Chunk("\n" + tags, muted));
            if (!e.description().isEmpty()) {
                session.add(new Chunk("\n" + e.description(), small));
            }
            if (!e.speakers().isEmpty()) {
                session.add(new Chunk("\n" + Formats.label(t(locale, "agenda.speakers"), locale), new Font(bold, 8.5f)));
                session.add(new Chunk(String.join("; ", e.speakers().stream().map(Speaker::label).toList()), small));
            }
            if (!e.chairs().isEmpty()) {
                session.add(new Chunk("\n" + Formats.label(t(locale, "agenda.chairs"), locale), new Font(bold, 8.5f)));
                session.add(new Chunk(String.join("; ", e.chairs().stream().map(Speaker::label).toList()), small));
            }
            if (!e.onlineLink().isEmpty()) {
                session.add(new Chunk("\n" + Formats.label(t(locale, "agenda.online"), locale) + e.onlineLink(), muted));
            }
            var cells = new PdfPCell[] {cell(time), cell(new Phrase(e.room(), small)), cell(session)};
            for (var c : cells) {
                if (e.type().isPause()) {
                    c.setBackgroundColor(PAUSE);
                }
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        return PdfFonts.cell(phrase);
    }

    private String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }

    private static String capitalise(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    /** Seminar title, venue and dates on top of every page; version and page number at the bottom. */
    private final class HeaderFooter extends PdfPageEventHelper {
        private final PublishedAgenda agenda;
        private final Locale locale;

        HeaderFooter(PublishedAgenda agenda, Locale locale) {
            this.agenda = agenda;
            this.locale = locale;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var cb = writer.getDirectContent();
            var page = document.getPageSize();
            var left = document.left();
            var right = document.right();
            var title = new Phrase(agenda.seminarTitle(), new Font(bold, 11, Font.NORMAL, ACCENT));
            var columns = new ColumnText(cb);
            columns.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            columns.setSimpleColumn(left, page.getTop() - 84, right, page.getTop() - 22);
            columns.setLeading(13);
            columns.addText(title);
            var dates = Formats.date(agenda.seminarStartsAt().toLocalDate(), locale) + " – "
                    + Formats.date(agenda.seminarEndsAt().toLocalDate(), locale);
            var second = new StringBuilder("\n");
            if (agenda.venue() != null && !agenda.venue().isEmpty()) {
                second.append(agenda.venue()).append(" · ");
            }
            second.append(dates).append(" · ").append(t(locale, "agenda.times-in", agenda.zone().getId()));
            columns.addText(new Phrase(second.toString(), new Font(regular, 8.5f, Font.NORMAL, MUTED)));
            try {
                columns.go();
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            cb.setColorStroke(ACCENT);
            cb.setLineWidth(0.8f);
            cb.moveTo(left, page.getTop() - 86);
            cb.lineTo(right, page.getTop() - 86);
            cb.stroke();
            var footer = t(locale, "agenda.pdf.footer", agenda.version(),
                    agenda.publishedAt() == null ? "" : Formats.instant(agenda.publishedAt(), agenda.zone(), locale),
                    writer.getPageNumber());
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(footer, new Font(regular, 7.5f, Font.NORMAL, MUTED)),
                    (left + right) / 2, page.getBottom() + 28, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
        }
    }
}
