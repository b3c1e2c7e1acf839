package org.convene.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.convene.base.ConveneException;
import org.convene.base.NotFoundException;
import org.convene.base.i18n.TranslationProvider;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participation statistics disaggregated by status, gender, country and sector, per seminar or over
 * the seminars starting in a period. Gender, country and sector count confirmed participants (and
 * how many of them attended). Counts of 1 to 4 people are shown as "&lt;5" wherever they leave the
 * service's callers ({@link #cell}), so that small groups cannot be singled out.
 */
@Service
public class RegistrationStatistics {

    public static final int THRESHOLD = 5;
    static final int MAX_DAYS = 3660;

    private final RegistrationRepository registrations;
    private final SeminarService seminars;
    private final TranslationProvider i18n;

    RegistrationStatistics(RegistrationRepository registrations, SeminarService seminars, TranslationProvider i18n) {
        this.registrations = registrations;
        this.seminars = seminars;
        this.i18n = i18n;
    }

    /** One group's numbers: {@code code} is the enum name or ISO code ("" when not given). */
    public record Row(String code, long count, long attended) {
    }

    public record Report(int seminarCount, long registrations, long confirmed, long attended, List<Row> byStatus,
                         List<Row> byGender, List<Row> byCountry, List<Row> bySector) {

        /** Attendance among confirmed participants, as shown: a percentage, or "<5" when either count is small. */
        public String attendanceRate() {
            if (confirmed == 0) {
                return "–";
            }
            if (small(confirmed) || small(attended)) {
                return "<" + THRESHOLD;
            }
            return Math.round(100.0 * attended / confirmed) + " %";
        }
    }

    /** A count as it may be shown: 0, "&lt;5" for 1 to 4, else the number. */
    public static String cell(long count) {
        return small(count) ? "<" + THRESHOLD : Long.toString(count);
    }

    static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Report forSeminar(long seminarId) {
        seminars.findForSystem(seminarId).orElseThrow(NotFoundException::new);
        return report(List.of(seminarId));
    }

    /** Seminars (published or cancelled) whose start falls within {@code from}..{@code to}, both included. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ORGANISER')")
    public Report forPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ConveneException.onField("from", "validation.required");
        }
        if (to == null) {
            throw ConveneException.onField("to", "validation.required");
        }
        if (to.isBefore(from)) {
            throw ConveneException.onField("to", "statistics.period.reversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ConveneException.onField("to", "statistics.period.too-long");
        }
        var ids = new ArrayList<Long>();
        var page = PageRequest.of(0, 500, Sort.by("id"));
        while (true) {
            var slice = seminars.search(new SeminarFilter(null, null, null, null, null, null, from, to, true), page);
            slice.stream()
                    .filter(s -> s.status() != SeminarStatus.DRAFT)
                    .filter(s -> !s.startsAt().toLocalDate().isBefore(from) && !s.startsAt().toLocalDate().isAfter(to))
                    .forEach(s -> ids.add(s.id()));
            if (!slice.hasNext()) {
                break;
            }
            page = page.next();
        }
        return report(ids);
    }

    private Report report(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Report(0, 0, 0, 0, List.of(), List.of(), List.of(), List.of());
        }
        var byStatus = rows(registrations.countByStatus(ids));
        var total = byStatus.stream().mapToLong(Row::count).sum();
        var confirmed = byStatus.stream().filter(r -> r.code().equals(RegistrationStatus.CONFIRMED.name()))
                .mapToLong(Row::count).sum();
        var attended = byStatus.stream().mapToLong(Row::attended).sum();
        return new Report(ids.size(), total, confirmed, attended, byStatus, rows(registrations.confirmedByGender(ids)),
                rows(registrations.confirmedByCountry(ids)), rows(registrations.confirmedBySector(ids)));
    }

    private static List<Row> rows(List<Object[]> tuples) {
        return tuples.stream()
                .map(t -> new Row(t[0] == null ? "" : t[0] instanceof Enum<?> e ? e.name() : t[0].toString(),
                        ((Number) t[1]).longValue(), ((Number) t[2]).longValue()))
                .sorted(Comparator.comparing(Row::count).reversed().thenComparing(Row::code))
                .toList();
    }

    /** The report as CSV (same suppression as on screen): section, code, label, count, attended. */
    public byte[] csv(Report report, Locale locale) {
        var header = List.of(t(locale, "statistics.section"), t(locale, "statistics.code"), t(locale, "statistics.group"),
                t(locale, "statistics.count"), t(locale, "statistics.attended"));
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("total", "", t(locale, "statistics.registrations"), cell(report.registrations()), cell(report.attended())));
        rows.add(List.of("total", "", t(locale, "statistics.attendance-rate"), report.attendanceRate(), ""));
        section(rows, "status", report.byStatus(), locale);
        section(rows, "gender", report.byGender(), locale);
        section(rows, "country", report.byCountry(), locale);
        section(rows, "sector", report.bySector(), locale);
        return Csv.write(header, rows);
    }

    private void section(List<List<String>> rows, String section, List<Row> data, Locale locale) {
        for (var row : data) {
            rows.add(List.of(section, row.code(), label(section, row.code(), locale), cell(row.count()), cell(row.attended())));
        }
    }

    /** The readable name of a group in the given language. */
    public String label(String section, String code, Locale locale) {
        return switch (section) {
            case "status" -> t(locale, "registration.status." + code);
            case "gender" -> code.isEmpty() ? t(locale, "gender.none") : t(locale, "gender." + code);
            case "sector" -> t(locale, "sector." + code);
            case "country" -> Locale.of("", code).getDisplayCountry(locale);
            default -> code;
        };
    }

    private String t(Locale locale, String key) {
        return i18n.getTranslation(key, locale);
    }
}
