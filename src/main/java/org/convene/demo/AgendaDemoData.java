package org.convene.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.User;
import org.convene.agenda.AgendaPublishingService;
import org.convene.agenda.AgendaService;
import org.convene.agenda.ItemForm;
import org.convene.agenda.ItemType;
import org.convene.agenda.PersonForm;
import org.convene.agenda.RoomsAndPeopleService;
import org.convene.base.security.SystemAuthentication;
import org.convene.seminar.SeminarDetails;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarForm;
import org.convene.seminar.SeminarFormat;
import org.convene.seminar.SeminarService;
import org.convene.seminar.SeminarStatus;
import org.convene.seminar.Theme;
import org.convene.seminar.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A two-day agenda in two rooms for the Palermo seminar, published (twice, so the "updated" badge
 * shows). Finds the seminar by its title (the seminar demo data may have made it) and creates it
 * only when it is absent. Same switch as {@link DemoData}; never blocks start-up.
 */
@Component
@Order(40)
public class AgendaDemoData implements ApplicationRunner {

    public static final String TITLE =
            "2nd international capacity-building seminar: responding to drug-related challenges for refugees, migrants and IDPs";
    private static final Logger log = LoggerFactory.getLogger(AgendaDemoData.class);

    private final SeminarService seminars;
    private final AgendaService agendas;
    private final RoomsAndPeopleService roomsAndPeople;
    private final AgendaPublishingService publishing;
    private final AccountService accounts;
    private final Clock clock;
    private final boolean enabled;

    AgendaDemoData(SeminarService seminars, AgendaService agendas, RoomsAndPeopleService roomsAndPeople,
                   AgendaPublishingService publishing, AccountService accounts, Clock clock,
                   @Value("${convene.demo-data:auto}") String demoData,
                   @Value("${spring.datasource.url:}") String dbUrl) {
        this.seminars = seminars;
        this.agendas = agendas;
        this.roomsAndPeople = roomsAndPeople;
        this.publishing = publishing;
        this.accounts = accounts;
        this.clock = clock;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            SystemAuthentication.run(this::load);
        } catch (RuntimeException e) {
            log.warn("Agenda demo data not loaded: {}", e.getMessage());
        }
    }

    /** Loads the demo agenda whatever the switch says (the runner checks it); callers need organiser rights. */
    public void load() {
        var seminar = find().orElseGet(this::createSeminar);
        if (seminar.status() == SeminarStatus.CANCELLED || !agendas.draft(seminar.id()).items().isEmpty()) {
            return;
        }
        var id = seminar.id();
        var plenary = roomsAndPeople.saveRoom(id, null, "Sala Martorana (plenary)");
        var hall = roomsAndPeople.saveRoom(id, null, "Sala delle Lapidi");
        var p = people(id);
        var day1 = seminar.startsAt().toLocalDate();
        var day2 = seminar.endsAt().toLocalDate().isAfter(day1) ? day1.plusDays(1) : null;

        item(id, day1, "08:30", "09:15", ItemType.NETWORKING, "Registration and welcome coffee", "", plenary, List.of(), List.of());
        item(id, day1, "09:15", "10:45", ItemType.PLENARY, "Opening: drug-related challenges for refugees, migrants and IDPs",
                "Welcome by the host city and the secretariat; why people on the move need adapted services.",
                plenary, List.of(p.get("eleni"), p.get("laila")), List.of(p.get("claire")));
        item(id, day1, "10:45", "11:15", ItemType.BREAK, "Coffee break", "", plenary, List.of(), List.of());
        item(id, day1, "11:15", "12:45", ItemType.PANEL, "What the data say: drug use along migration routes",
                "Prevalence studies, gaps in monitoring and what services see first.",
                plenary, List.of(p.get("ioannis"), p.get("olena")), List.of(p.get("amina")));
        item(id, day1, "11:15", "12:45", ItemType.WORKSHOP, "Trauma-informed services in reception centres",
                "Practical tools for staff: screening, referral, interpreters.",
                hall, List.of(p.get("sofia")), List.of(p.get("jonas")));
        item(id, day1, "12:45", "14:15", ItemType.MEAL, "Lunch", "", plenary, List.of(), List.of());
        item(id, day1, "14:15", "16:00", ItemType.WORKING_GROUP, "Working group A: harm reduction without papers",
                "Access to opioid agonist treatment and naloxone for people without residence status.",
                plenary, List.of(p.get("oleksandr")), List.of(p.get("eleni")));
        item(id, day1, "14:15", "16:00", ItemType.WORKING_GROUP, "Working group B: children and young people on the move",
                "Unaccompanied minors, prevention and family-based approaches.", hall, List.of(p.get("laila")),
                List.of(p.get("sofia")));
        item(id, day1, "16:00", "16:30", ItemType.BREAK, "Coffee break", "", plenary, List.of(), List.of());
        item(id, day1, "16:30", "17:30", ItemType.PLENARY, "Reports from the working groups", "", plenary,
                List.of(p.get("oleksandr"), p.get("laila")), List.of(p.get("claire")));
        if (day2 != null) {
            item(id, day2, "09:00", "12:00", ItemType.FIELD_VISIT, "Field visit: a low-threshold service in Ballarò",
                    "Meeting point in front of the Palazzo delle Aquile at 08:45. Comfortable shoes recommended.",
                    null, List.of(), List.of(p.get("sofia")));
            item(id, day2, "12:30", "13:45", ItemType.MEAL, "Lunch", "", plenary, List.of(), List.of());
            item(id, day2, "14:00", "15:30", ItemType.PANEL, "A gender approach in services for people on the move",
                    "From the handbook on implementing a gender approach in drug policy.", plenary,
                    List.of(p.get("olena"), p.get("amina")), List.of(p.get("eleni")));
            item(id, day2, "14:00", "15:30", ItemType.WORKSHOP, "Online gambling and gaming among young migrants",
                    "New addictions: what outreach workers notice and how to respond.", hall,
                    List.of(p.get("jonas")), List.of(p.get("ioannis")));
            item(id, day2, "15:30", "16:00", ItemType.BREAK, "Coffee break", "", plenary, List.of(), List.of());
            item(id, day2, "16:00", "17:00", ItemType.PLENARY, "Closing: towards a statement of the Support Network",
                    "Key messages for the post-seminar statement of the SNP.", plenary, List.of(p.get("amina")),
                    List.of(p.get("claire")));
        }
        publishing.publish(id);
        // A second version, so the demo shows an "updated" session (and a raised iCalendar SEQUENCE).
        var closing = agendas.draft(id).items().getLast();
        agendas.saveItem(id, closing.id(), closing.toForm().withTimes(closing.startsAt().plusMinutes(15),
                closing.endsAt().plusMinutes(15)), true);
        publishing.publish(id);
        log.info("Demo agenda published for \"{}\"", seminar.title());
    }

    private Optional<SeminarDetails> find() {
        var filter = new SeminarFilter(TITLE.substring(0, 60), null, null, null, null, null, null, null, true);
        return seminars.search(filter, Pageable.ofSize(20)).stream().filter(s -> s.title().equals(TITLE)).findFirst();
    }

    private SeminarDetails createSeminar() {
        var zone = ZoneId.of("Europe/Rome");
        var today = LocalDate.now(clock.withZone(zone));
        var start = today.plusDays(45).atTime(9, 0);
        var form = new SeminarForm(TITLE, "Two days of exchange between professionals who work with people on the move.",
                """
                The Support Network of Professionals (SNP) brings together practitioners from reception centres, \
                drug services, NGOs and ministries to share what works for refugees, migrants and internally \
                displaced persons who use drugs.""",
                EnumSet.of(Theme.MIGRANTS_REFUGEES_IDPS, Theme.HUMAN_RIGHTS, Theme.TREATMENT), SeminarFormat.IN_PERSON,
                "Palazzo delle Aquile", "Piazza Pretoria 1", "Palermo", "IT", "",
                zone.getId(), start, start.plusDays(1).withHour(17).withMinute(30), Set.of("en", "fr", "it"), 60,
                today.atStartOfDay(), start.minusDays(14).withHour(23).withMinute(59), false, Visibility.PUBLIC);
        var id = seminars.create(form);
        seminars.publish(id);
        return seminars.get(id);
    }

    private Map<String, Long> people(long seminarId) {
        var users = demoUsers();
        var ids = new HashMap<String, Long>();
        ids.put("claire", person(seminarId, "Claire Dubois", "Pompidou Group secretariat", "Organises the SNP seminars.",
                users.get("organiser@convene.demo")));
        ids.put("amina", person(seminarId, "Amina Haddad", "Support Network of Professionals, coordinator",
                "Social worker in reception services for fifteen years.", users.get("amina.haddad@convene.demo")));
        ids.put("eleni", person(seminarId, "Eleni Papadopoulou", "Expert group on drug policies and human rights", "",
                users.get("eleni.papadopoulou@convene.demo")));
        ids.put("olena", person(seminarId, "Olena Kovalenko", "Public health centre, Kyiv", "",
                users.get("olena.kovalenko@convene.demo")));
        ids.put("sofia", person(seminarId, "Sofia Marino", "Outreach team, Palermo", "", users.get("sofia.marino@convene.demo")));
        ids.put("jonas", person(seminarId, "Jonas Becker", "Drug counselling service, Berlin", "",
                users.get("jonas.becker@convene.demo")));
        ids.put("ioannis", person(seminarId, "Ιωάννης Γεωργίου", "Πανεπιστήμιο Αθηνών", "Epidemiologist.", null));
        ids.put("oleksandr", person(seminarId, "Олександр Петренко", "Alliance for Public Health, Kyiv",
                "Harm reduction programmes for internally displaced persons.", null));
        ids.put("laila", person(seminarId, "ليلى منصور", "Skoun, Beirut", "Psychologist working with refugees.", null));
        return ids;
    }

    private long person(long seminarId, String name, String affiliation, String bio, Long userId) {
        return roomsAndPeople.savePerson(seminarId, null, new PersonForm(name, affiliation, bio, userId));
    }

    private Map<String, Long> demoUsers() {
        var byEmail = new HashMap<String, Long>();
        for (User u : accounts.search("convene.demo", null, Pageable.ofSize(50))) {
            byEmail.put(u.getEmail(), u.getId());
        }
        return byEmail;
    }

    private void item(long seminarId, LocalDate day, String from, String to, ItemType type, String title,
                      String description, Long roomId, List<Long> speakers, List<Long> chairs) {
        LocalDateTime start = day.atTime(LocalTime.parse(from));
        LocalDateTime end = day.atTime(LocalTime.parse(to));
        var link = type == ItemType.PLENARY ? "https://meet.example.org/palermo-snp" : "";
        agendas.saveItem(seminarId, null, new ItemForm(title, description, type, start, end, roomId,
                type.isPause() ? "" : "en", link, new ArrayList<>(speakers), new ArrayList<>(chairs)), true);
    }
}
