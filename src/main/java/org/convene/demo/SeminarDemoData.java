package org.convene.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarService;
import org.convene.seminar.Theme;
import org.convene.seminar.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo seminars, after {@link DemoData}'s people (same switch): the Palermo seminar on refugees,
 * migrants and IDPs, a webinar, a hybrid seminar with approval, an unlisted expert meeting and a
 * draft. Dates are relative to today, so the demo always has upcoming seminars; seminars that
 * have ended cannot be created through the service, so there are none.
 */
@Component
@Order(20)
class SeminarDemoData implements ApplicationRunner {

    static final String PALERMO = "2nd international capacity-building seminar: responding to drug-related "
            + "challenges for refugees, migrants and IDPs";
    private static final Logger log = LoggerFactory.getLogger(SeminarDemoData.class);

    private final SeminarService seminars;
    private final AccountService accounts;
    private final Clock clock;
    private final boolean enabled;

    SeminarDemoData(SeminarService seminars, AccountService accounts, Clock clock,
                    @Value("${convene.demo-data:auto}") String demoData,
                    @Value("${spring.datasource.url:}") String dbUrl) {
        this.seminars = seminars;
        this.accounts = accounts;
        this.clock = clock;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.run(() -> {
            // The webinar only comes from here (the agenda demo may have made Palermo on its own).
            if (exists("Webinar: children whose parents use drugs")) {
                return;
            }
            load();
            log.info("Demo seminars loaded");
        });
    }

    void load() {
        var organiser = accounts.search(DemoData.MARKER, Role.ORGANISER, PageRequest.of(0, 1)).stream()
                .findFirst().map(u -> u.getId()).orElse(null);
        if (!exists(PALERMO)) {
            createPalermo(organiser);
        }
        createOthers(organiser);
    }

    private boolean exists(String title) {
        return seminars.search(new SeminarFilter(title, null, null, null, null, null, null, null, true),
                PageRequest.of(0, 1)).getTotalElements() > 0;
    }

    private void createPalermo(Long organiser) {
        var rome = ZoneId.of("Europe/Rome");
        var palermoStart = day(rome, 91).atTime(9, 0);
        var palermo = seminars.create(new SeminarForm(PALERMO,
                "Two days of exchange between professionals who work in the drug field with refugees, migrants "
                        + "and internally displaced persons, following the first seminar of the Support Network "
                        + "of Professionals.",
                """
                The seminar builds the capacity of practitioners from health, social and law-enforcement services \
                to respond to drug-related challenges among refugees, migrants and internally displaced persons \
                (IDPs).

                Day 1: the situation in first-reception centres, trauma and substance use, access to treatment \
                for people without residence status.
                Day 2: workshops on outreach, cultural mediation and peer work; presentation of the statement \
                of the Support Network of Professionals (SNP).

                Interpretation is provided in English, French and Italian.""",
                EnumSet.of(Theme.MIGRANTS_REFUGEES_IDPS, Theme.HUMAN_RIGHTS, Theme.TREATMENT), SeminarFormat.IN_PERSON,
                "Palazzo Steri, Università degli Studi di Palermo", "Piazza Marina 61", "Palermo", "IT", "",
                rome.getId(), palermoStart, palermoStart.plusDays(1).withHour(17).withMinute(30), Set.of("en", "fr", "it"),
                60, now(rome), palermoStart.minusDays(14).withHour(23).withMinute(59), false, Visibility.PUBLIC));
        publish(palermo, organiser);
    }

    private void createOthers(Long organiser) {
        var rome = ZoneId.of("Europe/Rome");
        var paris = ZoneId.of("Europe/Paris");
        var webinarStart = day(paris, 40).atTime(14, 0);
        var webinar = seminars.create(new SeminarForm(
                "Webinar: children whose parents use drugs – supporting families in practice",
                "A two-hour webinar on the needs of children whose parents use drugs, with examples from "
                        + "family services, schools and treatment centres.",
                """
                The impact of parental substance use shows in children's health, schooling and safety, yet these \
                children are rarely seen by services. Speakers present programmes that reach them and discuss \
                how drug, child-protection and family services can work together.

                Questions can be asked in the chat in English or French.""",
                EnumSet.of(Theme.CHILDREN_OF_PARENTS_WHO_USE_DRUGS, Theme.PREVENTION), SeminarFormat.ONLINE,
                "", "", "", "", "https://meet.convene.demo/children-parents-drugs", paris.getId(), webinarStart,
                webinarStart.withHour(16), Set.of("en", "fr"), 300, now(paris), webinarStart.minusHours(2),
                false, Visibility.PUBLIC));
        publish(webinar, organiser);

        var genderStart = day(paris, 63).atTime(9, 30);
        var gender = seminars.create(new SeminarForm(
                "Gender in drug policy: putting the handbook into practice",
                "A hybrid seminar on implementing a gender approach in prevention, treatment, harm reduction "
                        + "and law enforcement, around the Group's handbook.",
                """
                Policy makers and practitioners share how they apply a gender approach in their drug policies and \
                services: data disaggregated by gender, women-only services, violence and drug use, and gender \
                in the criminal-justice response.

                Places in the room are limited: registrations are confirmed by the secretariat. Online \
                participation is open to everyone registered.""",
                EnumSet.of(Theme.GENDER, Theme.HUMAN_RIGHTS), SeminarFormat.HYBRID, "Agora Building, Council of Europe",
                "1 Quai Jacoutot", "Strasbourg", "FR", "https://meet.convene.demo/gender-drug-policy", paris.getId(),
                genderStart, genderStart.withHour(17), Set.of("en", "fr"), 40, now(paris),
                genderStart.minusDays(10).withHour(18).withMinute(0), true, Visibility.PUBLIC));
        publish(gender, organiser);

        var lisbon = ZoneId.of("Europe/Lisbon");
        var expertStart = day(lisbon, 75).atTime(10, 0);
        var experts = seminars.create(new SeminarForm(
                "Expert meeting on online gambling, gaming and new addictions",
                "A closed meeting of experts on addictions facilitated by information and communication "
                        + "technologies and their links with drug use.",
                """
                The 'attention economy' may increase behavioural disorders. Experts review the evidence on the \
                links between drug use and addiction to online gambling and gaming, and prepare recommendations \
                for member states. Participation by invitation: the link is shared with the experts concerned.""",
                EnumSet.of(Theme.ONLINE_GAMBLING_GAMING_NEW_ADDICTIONS), SeminarFormat.IN_PERSON,
                "European Union Drugs Agency (EUDA)", "Praça Europa 1, Cais do Sodré", "Lisbon", "PT", "",
                lisbon.getId(), expertStart, expertStart.plusDays(1).withHour(13), Set.of("en"), 20, now(lisbon),
                expertStart.minusDays(21).withHour(12).withMinute(0), true, Visibility.UNLISTED));
        publish(experts, organiser);

        var draftStart = day(paris, 150).atTime(9, 0);
        var draft = seminars.create(new SeminarForm(
                "Human rights in drug policy: self-assessment tool workshop for national focal points",
                "A workshop for national focal points using the self-assessment tool on the human rights "
                        + "compliance of drug policies.",
                "Programme in preparation.",
                EnumSet.of(Theme.HUMAN_RIGHTS), SeminarFormat.IN_PERSON, "Palais de l'Europe", "Avenue de l'Europe",
                "Strasbourg", "FR", "", paris.getId(), draftStart, draftStart.plusDays(1).withHour(16),
                Set.of("en", "fr"), 35, now(paris).plusDays(30), draftStart.minusDays(14), false, Visibility.PUBLIC));
        if (organiser != null) {
            seminars.addOrganiser(draft, organiser);
        }
    }

    private void publish(long seminar, Long organiser) {
        if (organiser != null) {
            seminars.addOrganiser(seminar, organiser);
        }
        seminars.publish(seminar);
    }

    private LocalDate day(ZoneId zone, int daysAhead) {
        return LocalDate.now(clock.withZone(zone)).plusDays(daysAhead);
    }

    private LocalDateTime now(ZoneId zone) {
        return LocalDateTime.now(clock.withZone(zone)).toLocalDate().atTime(LocalTime.of(0, 0));
    }
}
