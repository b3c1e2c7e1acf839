package org.convene.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.convene.IntegrationTest;
import org.convene.base.security.SystemAuthentication;
import org.convene.demo.AgendaDemoData;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class AgendaDemoDataTest extends IntegrationTest {

    @Autowired
    AgendaDemoData demo;
    @Autowired
    SeminarService seminars;
    @Autowired
    AgendaPublishingService publishing;
    @Autowired
    AgendaPdf pdf;

    @Test
    void the_demo_agenda_is_a_published_two_day_programme_in_two_rooms_and_loading_again_changes_nothing() throws Exception {
        SystemAuthentication.run(demo::load);
        SystemAuthentication.run(demo::load);

        var seminar = SystemAuthentication.call(() -> seminars.search(new SeminarFilter(AgendaDemoData.TITLE.substring(0, 40),
                null, null, null, null, null, null, null, true), Pageable.ofSize(10)).stream()
                .filter(s -> s.title().equals(AgendaDemoData.TITLE)).toList());
        assertThat(seminar).hasSize(1);
        var agenda = publishing.published(seminar.getFirst().publicId()).orElseThrow();
        assertThat(agenda.version()).isEqualTo(2);
        assertThat(agenda.byDay()).hasSize(2);
        assertThat(agenda.entries()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(agenda.entries().stream().map(AgendaEntry::room).filter(r -> !r.isEmpty()).distinct()).hasSize(2);
        assertThat(agenda.entries()).filteredOn(AgendaEntry::updated).hasSize(1);
        try (var doc = Loader.loadPDF(pdf.render(agenda, Locale.FRENCH))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ιωάννης Γεωργίου", "Олександр Петренко", "ليلى منصور");
        }
    }
}
