package org.convene.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.seminar.SeminarFixtures.aSeminarForm;
import static org.convene.seminar.SeminarFixtures.withTimes;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.convene.IntegrationTest;
import org.convene.account.Role;
import org.convene.agenda.AgendaCalendar;
import org.convene.agenda.AgendaPdf;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.ItemForm;
import org.convene.agenda.ItemType;
import org.convene.agenda.PersonForm;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PDF and .ics of a 5-day agenda with 300 published items (two rooms, 20-minute sessions, names
 * in Greek, Cyrillic, Arabic and French): time per run (median of several) and bytes allocated
 * by the rendering thread. Run with {@code ./mvnw -B -Pbench test -Dtest=AgendaBenchmark}.
 */
@Benchmark
class AgendaBenchmark extends IntegrationTest {

    static final int DAYS = 5;
    static final int PER_DAY = 60;
    static final int WARM_UP = 10;
    static final int RUNS = 15;

    @Autowired
    AgendaService agendas;

    @Autowired
    RoomsAndPeopleService roomsAndPeople;

    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    SeminarService seminars;
    @Autowired
    AgendaPdf pdf;
    @Autowired
    AgendaCalendar calendar;

    @Test
    void pdf_and_ics_of_a_five_day_agenda_with_300_items() {
        signIn(aUser("Bench Organiser", Role.ORGANISER));
        var base = aSeminarForm("Benchmark " + UUID.randomUUID(), 30, 200);
        var first = base.startsAt().toLocalDate();
        var id = seminars.create(withTimes(base, first.atTime(8, 0), first.plusDays(DAYS - 1).atTime(19, 0)));
        var rooms = List.of(roomsAndPeople.saveRoom(id, null, "Sala Mattarella"), roomsAndPeople.saveRoom(id, null, "Sala Martorana"));
        var names = List.of("Ελένη Παπαδοπούλου", "Олена Коваленко", "أمينة حداد", "Inès Lefèvre", "Jonas Becker",
                "Ιωάννης Γεωργίου", "Олександр Петренко", "ليلى منصور", "Sofia Marino", "Claire Dubois");
        var people = new ArrayList<Long>();
        for (var name : names) {
            people.add(roomsAndPeople.savePerson(id, null, new PersonForm(name, "Pompidou Group", "", null)));
        }
        var saveStart = System.nanoTime();
        var n = 0;
        for (var d = 0; d < DAYS; d++) {
            for (var i = 0; i < PER_DAY; i++, n++) {
                var start = first.plusDays(d).atTime(8, 0).plusMinutes((i / 2) * 20L);
                agendas.saveItem(id, null, new ItemForm("Session " + n + ": responses for refugees, migrants and IDPs",
                        "Exchange of practice between services, NGOs and ministries; questions from the floor.",
                        ItemType.values()[n % ItemType.values().length], start, start.plusMinutes(20), rooms.get(i % 2),
                        "en", n % 10 == 0 ? "https://meet.example.org/s" + n : "",
                        List.of(people.get(n % people.size()), people.get((n + 3) % people.size())),
                        List.of(people.get((n + 7) % people.size()))), true);
            }
        }
        var saveMs = (System.nanoTime() - saveStart) / 1e6;
        var publishStart = System.nanoTime();
        publishing.publish(id);
        var publishMs = (System.nanoTime() - publishStart) / 1e6;
        seminars.publish(id);
        var publicId = seminars.get(id).publicId();
        signOut();

        var agenda = publishing.published(publicId).orElseThrow();
        assertThat(agenda.entries()).hasSize(DAYS * PER_DAY);

        var rows = new ArrayList<String>();
        rows.add(measure("read published agenda (DB)", () -> publishing.published(publicId).orElseThrow().entries().size()));
        rows.add(measure("PDF (OpenPDF, embedded font)", () -> pdf.render(agenda, Locale.ENGLISH).length));
        rows.add(measure(".ics (iCal4j, folded)", () -> calendar.render(agenda).length()));
        rows.add(measure("read + PDF (download)", () -> pdf.render(publishing.published(publicId).orElseThrow(), Locale.ENGLISH).length));
        rows.add(measure("read + .ics (download)", () -> calendar.render(publishing.published(publicId).orElseThrow()).length()));

        System.out.println();
        System.out.printf("Agenda benchmark: %d days x %d items = %d items, %d warm-up + %d runs, JDK %s%n", DAYS, PER_DAY,
                DAYS * PER_DAY, WARM_UP, RUNS, Runtime.version());
        System.out.printf("(set-up: 300 saveItem calls %.0f ms in all, publish of 300 items %.0f ms)%n", saveMs, publishMs);
        System.out.printf("%-32s %10s %10s %10s %14s %12s%n", "operation", "median ms", "min ms", "max ms", "alloc MB/run", "output");
        rows.forEach(System.out::println);
        BenchTable.add("agenda PDF, 300 items, read + render (median)", median.get("read + PDF (download)"), "ms");
        BenchTable.add("agenda .ics, 300 items, read + render (median)", median.get("read + .ics (download)"), "ms");
        System.out.println();
    }

    private final java.util.Map<String, Double> median = new java.util.HashMap<>();

    private String measure(String name, Supplier<Number> work) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var self = Thread.currentThread().threadId();
        Number size = 0;
        for (var i = 0; i < WARM_UP; i++) {
            size = work.get();
        }
        var times = new double[RUNS];
        var allocated = new long[RUNS];
        for (var i = 0; i < RUNS; i++) {
            var bytesBefore = threads.getThreadAllocatedBytes(self);
            var t0 = System.nanoTime();
            size = work.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
            allocated[i] = threads.getThreadAllocatedBytes(self) - bytesBefore;
        }
        Arrays.sort(times);
        median.put(name, times[RUNS / 2]);
        Arrays.sort(allocated);
        var output = name.contains("DB") ? size + " items" : String.format(Locale.ROOT, "%.0f KB", size.doubleValue() / 1024);
        return String.format(Locale.ROOT, "%-32s %10.1f %10.1f %10.1f %14.1f %12s", name, times[RUNS / 2], times[0],
                times[RUNS - 1], allocated[RUNS / 2] / 1048576.0, output);
    }
}
