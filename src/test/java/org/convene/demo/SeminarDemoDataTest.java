package org.convene.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.convene.IntegrationTest;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;

class SeminarDemoDataTest extends IntegrationTest {

    @Autowired
    SeminarService seminars;
    @Autowired
    Clock clock;

    @Test
    void the_demo_seminars_pass_the_service_rules_and_load_only_once() {
        var demo = new SeminarDemoData(seminars, accounts, clock, "true", "");
        // The agenda demo's test may have created Palermo first: the seminar demo still loads its others once.
        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        var palermo = SystemAuthentication.call(() -> seminars.search(
                new SeminarFilter(SeminarDemoData.PALERMO, null, null, null, null, null, null, null, true),
                PageRequest.of(0, 10)).getContent());
        assertThat(palermo).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SeminarStatus.PUBLISHED);
            assertThat(s.timeZone().getId()).isEqualTo("Europe/Rome");
            assertThat(s.format()).isEqualTo(SeminarFormat.IN_PERSON);
            assertThat(s.capacity()).isEqualTo(60);
            assertThat(SystemAuthentication.call(() -> seminars.languages(s.id())))
                    .containsExactly("en", "fr", "it");
            assertThat(s.approvalRequired()).isFalse();
            assertThat(s.visibility()).isEqualTo(Visibility.PUBLIC);
            assertThat(s.acceptsRegistrations(clock)).isTrue();
        });
        var expertMeeting = seminars.catalogue(new SeminarFilter("online gambling, gaming and new addictions", null,
                null, null, null, null, null, null, true), PageRequest.of(0, 10));
        assertThat(expertMeeting.getContent()).extracting(SeminarDetails::title).doesNotContain(
                "Expert meeting on online gambling, gaming and new addictions");
        var demoDraft = SystemAuthentication.call(() -> seminars.search(new SeminarFilter("self-assessment tool workshop",
                null, null, null, null, null, null, null, true), PageRequest.of(0, 10)).getContent());
        assertThat(demoDraft).singleElement().extracting(SeminarDetails::status).isEqualTo(SeminarStatus.DRAFT);
    }

    @Test
    void nothing_is_loaded_when_demo_data_is_off() {
        var before = demoSeminarCount();
        new SeminarDemoData(seminars, accounts, clock, "auto", "jdbc:mariadb://db.example.org/convene")
                .run(new DefaultApplicationArguments());
        new SeminarDemoData(seminars, accounts, clock, "false", "").run(new DefaultApplicationArguments());
        assertThat(demoSeminarCount()).isEqualTo(before);
    }

    private long demoSeminarCount() {
        return SystemAuthentication.call(() -> seminars.search(new SeminarFilter("Webinar: children whose parents",
                null, null, null, null, null, null, null, true), PageRequest.of(0, 10)).getTotalElements());
    }
}
