package org.convene.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.registration.Gender;
import org.convene.registration.RegistrationForm;
import org.convene.registration.RegistrationService;
import org.convene.registration.Sector;
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
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo registrations: a small seminar in Palermo that is full, with a waiting list, and a
 * workshop that needs approval, registered through the real service as each demo person.
 */
@Component
@Order(30)
class RegistrationDemoData implements ApplicationRunner {

    static final String FULL_SEMINAR = "Peer workshop: harm reduction in first-reception centres";
    static final String APPROVAL_SEMINAR = "Practitioners' workshop: applying the gender handbook in treatment services";
    private static final Logger log = LoggerFactory.getLogger(RegistrationDemoData.class);

    private final AccountService accounts;
    private final SeminarService seminars;
    private final RegistrationService registrations;
    private final UserDetailsService users;
    private final Clock clock;
    private final boolean enabled;

    RegistrationDemoData(AccountService accounts, SeminarService seminars, RegistrationService registrations,
                         UserDetailsService users, Clock clock, @Value("${convene.demo-data:auto}") String demoData,
                         @Value("${spring.datasource.url:}") String dbUrl) {
        this.accounts = accounts;
        this.seminars = seminars;
        this.registrations = registrations;
        this.users = users;
        this.clock = clock;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !accounts.exists(DemoData.MARKER)) {
            return;
        }
        var exists = SystemAuthentication.call(() -> seminars.search(new SeminarFilter(FULL_SEMINAR, null, null, null,
                null, null, null, null, true), Pageable.ofSize(1)).hasContent());
        if (exists) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        try {
            load();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo registrations loaded");
    }

    private void load() {
        var people = SystemAuthentication.call(() -> List.of(
                person("Nadia Rahimi", "participant@convene.demo", "AF", Sector.NGO_CIVIL_SOCIETY, Gender.WOMAN),
                person("Tomasz Nowak", "tomasz.nowak@convene.demo", "PL", Sector.LAW_ENFORCEMENT_JUSTICE, Gender.MAN),
                person("Inès Lefèvre", "ines.lefevre@convene.demo", "FR", Sector.HEALTH, Gender.WOMAN),
                person("Yusuf Demir", "yusuf.demir@convene.demo", "TR", Sector.SOCIAL_SERVICES, Gender.MAN),
                person("Giulia Romano", "giulia.romano@convene.demo", "IT", Sector.HEALTH, Gender.WOMAN),
                person("Mehmet Kaya", "mehmet.kaya@convene.demo", "TR", Sector.GOVERNMENT_POLICY, Gender.MAN),
                person("Ana Popescu", "ana.popescu@convene.demo", "RO", Sector.RESEARCH, Gender.WOMAN),
                person("Alex Morgan", "alex.morgan@convene.demo", "IE", Sector.EDUCATION, Gender.NON_BINARY),
                person("Karim Haddad", "karim.haddad@convene.demo", "LB", Sector.NGO_CIVIL_SOCIETY, null),
                person("Elena Georgiou", "elena.georgiou@convene.demo", "CY", Sector.SOCIAL_SERVICES, Gender.WOMAN)));
        signInAs(DemoData.MARKER);
        var start = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Rome"))).plusDays(45).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        var full = create(FULL_SEMINAR, "Palermo", "IT", start, 6, false);
        var approval = create(APPROVAL_SEMINAR, "Strasbourg", "FR", start.plusDays(20), 20, true);
        var palermo = SystemAuthentication.call(() -> seminars.search(new SeminarFilter(SeminarDemoData.PALERMO, null,
                null, null, null, null, null, null, true), Pageable.ofSize(1)).stream().findFirst());
        var count = 0;
        for (var p : people) {
            signInAs(p.email());
            registrations.register(full, p.form());
            if (palermo.isPresent() && count++ < 7) {
                registrations.register(palermo.get().id(), p.form());
            }
            if (p.form().gender() == Gender.WOMAN || p.form().gender() == null) {
                registrations.register(approval, p.form());
            }
        }
    }

    private long create(String title, String city, String country, LocalDateTime start, int capacity, boolean approval) {
        var id = seminars.create(new SeminarForm(title, "Capacity-building seminar for professionals",
                "Exchange of practice between professionals working with people affected by drug use.",
                EnumSet.of(Theme.MIGRANTS_REFUGEES_IDPS), SeminarFormat.IN_PERSON, "Conference centre", "", city, country, "",
                "Europe/Rome", start, start.plusDays(1).withHour(17), Set.of("en", "fr"), capacity,
                start.minusDays(90), start.minusDays(3), approval, Visibility.PUBLIC));
        seminars.publish(id);
        return id;
    }

    private record Person(String email, RegistrationForm form) {
    }

    private Person person(String name, String email, String country, Sector sector, Gender gender) {
        if (!accounts.exists(email)) {
            accounts.createAccount(new SignUpForm(name, email, DemoData.PASSWORD), Locale.ENGLISH, EnumSet.of(Role.PARTICIPANT));
        }
        return new Person(email, new RegistrationForm("Demo organisation " + country, country, sector, gender, "",
                "", "", true, true));
    }

    private void signInAs(String email) {
        var details = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
