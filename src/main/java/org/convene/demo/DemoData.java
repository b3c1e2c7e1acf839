package org.convene.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.account.AccountService;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.network.GroupForm;
import org.convene.network.GroupKind;
import org.convene.network.NetworkService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A realistic demo data set, loaded once into an empty database: on by default for the embedded
 * run, off when {@code DB_URL} points at a real server ({@code DEMO_DATA=true|false} overrides).
 * Every demo login uses {@link #PASSWORD}; the README lists them.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Convene-demo-2026";
    static final String MARKER = "organiser@convene.demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final NetworkService network;
    private final boolean enabled;

    DemoData(AccountService accounts, NetworkService network,
             @Value("${convene.demo-data:auto}") String demoData,
             @Value("${spring.datasource.url:}") String dbUrl) {
        this.accounts = accounts;
        this.network = network;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.exists(MARKER)) {
            return;
        }
        SystemAuthentication.run(this::load);
        log.info("Demo data loaded: sign in as {} / {}", MARKER, PASSWORD);
    }

    private void load() {
        var organiser = user("Claire Dubois", MARKER, Locale.FRENCH, Role.ORGANISER, Role.PARTICIPANT);
        user("Marco Bianchi", "secretariat@convene.demo", Locale.ENGLISH, Role.ORGANISER, Role.PARTICIPANT);
        var amina = user("Amina Haddad", "amina.haddad@convene.demo", Locale.ENGLISH, Role.EXPERT, Role.PARTICIPANT);
        var jonas = user("Jonas Becker", "jonas.becker@convene.demo", Locale.ENGLISH, Role.EXPERT, Role.PARTICIPANT);
        var eleni = user("Eleni Papadopoulou", "eleni.papadopoulou@convene.demo", Locale.ENGLISH, Role.EXPERT, Role.PARTICIPANT);
        var olena = user("Olena Kovalenko", "olena.kovalenko@convene.demo", Locale.ENGLISH, Role.EXPERT, Role.PARTICIPANT);
        var sofia = user("Sofia Marino", "sofia.marino@convene.demo", Locale.ENGLISH, Role.EXPERT, Role.PARTICIPANT);
        var lucas = user("Lucas Martin", "lucas.martin@convene.demo", Locale.FRENCH, Role.EXPERT, Role.PARTICIPANT);
        user("Nadia Rahimi", "participant@convene.demo", Locale.ENGLISH, Role.PARTICIPANT);
        user("Tomasz Nowak", "tomasz.nowak@convene.demo", Locale.ENGLISH, Role.PARTICIPANT);
        user("Inès Lefèvre", "ines.lefevre@convene.demo", Locale.FRENCH, Role.PARTICIPANT);
        user("Yusuf Demir", "yusuf.demir@convene.demo", Locale.ENGLISH, Role.PARTICIPANT);

        var snp = network.create(new GroupForm("Support Network of Professionals (SNP)", GroupKind.NETWORK, """
                Professionals working in the drug field with migrants, refugees and internally displaced \
                persons (IDPs). The network responds to drug-related challenges in these groups and drafts \
                statements after its meetings.""", amina));
        for (var member : List.of(jonas, eleni, olena, sofia)) {
            network.addMember(snp, member);
        }
        var humanRights = network.create(new GroupForm("Expert Group on Drug Policies and Human Rights",
                GroupKind.EXPERT_GROUP, """
                Provides a better understanding of how human rights affect drug policies and how member \
                states can promote more effective and humane approaches, including a self-assessment tool \
                for states to evaluate the human rights compliance of their drug policies.""", lucas));
        for (var member : List.of(eleni, jonas)) {
            network.addMember(humanRights, member);
        }
        var gender = network.create(new GroupForm("Gender and Drug Policy working group", GroupKind.EXPERT_GROUP, """
                Prepares the handbook for implementing a gender approach in drug policy areas.""", sofia));
        network.addMember(gender, olena);
        log.debug("Demo organiser id {}", organiser);
    }

    private long user(String name, String email, Locale locale, Role... roles) {
        return accounts.createAccount(new SignUpForm(name, email, PASSWORD), locale, EnumSet.copyOf(Set.of(roles)));
    }
}
