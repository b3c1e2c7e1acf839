package org.convene.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.convene.account.AccountService;
import org.convene.account.AccountUserDetails;
import org.convene.account.Role;
import org.convene.account.SignUpForm;
import org.convene.base.security.SystemAuthentication;
import org.convene.network.NetworkService;
import org.convene.seminar.SeminarFilter;
import org.convene.seminar.SeminarService;
import org.convene.statement.CheckAnswer;
import org.convene.statement.ChecklistAnswerService;
import org.convene.statement.ChecklistForm;
import org.convene.statement.ChecklistService;
import org.convene.statement.CommentService;
import org.convene.statement.Decision;
import org.convene.statement.ParagraphService;
import org.convene.statement.ProposalService;
import org.convene.statement.Quorum;
import org.convene.statement.PublicationVisibility;
import org.convene.statement.SignatureService;
import org.convene.statement.StatementForm;
import org.convene.statement.StatementService;
import org.convene.statement.StructureService;
import org.convene.statement.TranslationService;
import org.convene.statement.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo statements, after the people, groups and seminars (same switch as {@link DemoData}): the SNP
 * statement from the Palermo seminar, published with nine signatories (one reservation), in English with
 * a published French translation; and an opinion of the Expert Group on Drug Policies and Human Rights in
 * review, with comments, an open proposal and a half-answered human-rights checklist. Every step goes
 * through the services as the person who would do it (signed in as them), so all the rules apply.
 */
@Component
@Order(40)
class StatementDemoData implements ApplicationRunner {

    static final String SNP_TITLE = "Statement of the Support Network of Professionals after the Palermo seminar";
    static final String CHECKLIST = "Human-rights self-assessment for drug-policy texts";
    private static final Logger log = LoggerFactory.getLogger(StatementDemoData.class);

    private final AccountService accounts;
    private final UserDetailsService users;
    private final NetworkService network;
    private final SeminarService seminars;
    private final StatementService statements;
    private final ParagraphService paragraphs;
    private final StructureService structure;
    private final CommentService comments;
    private final ProposalService proposals;
    private final ChecklistService checklists;
    private final ChecklistAnswerService answers;
    private final SignatureService signatures;
    private final WorkflowService workflow;
    private final TranslationService translations;
    private final boolean enabled;

    StatementDemoData(AccountService accounts, UserDetailsService users, NetworkService network, SeminarService seminars,
                      StatementService statements, ParagraphService paragraphs, StructureService structure,
                      CommentService comments, ProposalService proposals, ChecklistService checklists,
                      ChecklistAnswerService answers, SignatureService signatures, WorkflowService workflow,
                      TranslationService translations, @Value("${convene.demo-data:auto}") String demoData,
                      @Value("${spring.datasource.url:}") String dbUrl) {
        this.accounts = accounts;
        this.users = users;
        this.network = network;
        this.seminars = seminars;
        this.statements = statements;
        this.paragraphs = paragraphs;
        this.structure = structure;
        this.comments = comments;
        this.proposals = proposals;
        this.checklists = checklists;
        this.answers = answers;
        this.signatures = signatures;
        this.workflow = workflow;
        this.translations = translations;
        this.enabled = "auto".equalsIgnoreCase(demoData) ? dbUrl.isBlank() : Boolean.parseBoolean(demoData);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !accounts.exists(DemoData.MARKER) || accounts.exists("karim.benali@convene.demo")) {
            return;
        }
        load();
        log.info("Demo statements loaded");
    }

    void load() {
        var extra = SystemAuthentication.call(() -> List.of(
                expert("Karim Benali", "karim.benali@convene.demo", Locale.FRENCH),
                expert("Ana Costa", "ana.costa@convene.demo", Locale.ENGLISH),
                expert("Ingrid Larsen", "ingrid.larsen@convene.demo", Locale.ENGLISH),
                expert("Miguel Ferreira", "miguel.ferreira@convene.demo", Locale.ENGLISH)));
        var palermo = SystemAuthentication.call(() -> seminars.search(new SeminarFilter(SeminarDemoData.PALERMO, null, null,
                null, null, null, null, null, true), PageRequest.of(0, 1)).stream().findFirst().map(s -> s.id()).orElse(null));
        var snp = group("Support Network of Professionals");
        var humanRights = group("Expert Group on Drug Policies and Human Rights");
        snpStatement(palermo, snp, extra);
        humanRightsOpinion(humanRights);
    }

    // ---------------------------------------------------------------- the published SNP statement

    private void snpStatement(Long palermo, Long snp, List<Long> extra) {
        var amina = id("amina.haddad@convene.demo");
        var jonas = id("jonas.becker@convene.demo");
        var eleni = id("eleni.papadopoulou@convene.demo");
        var olena = id("olena.kovalenko@convene.demo");
        var sofia = id("sofia.marino@convene.demo");
        var statementId = as("amina.haddad@convene.demo", () -> statements.create(new StatementForm(SNP_TITLE, palermo, snp,
                "en", amina, Set.of(jonas, eleni), Set.of(olena, sofia))));
        var english = new LinkedHashMap<String, List<String>>();
        english.put("Preamble", List.of(
                "We, members of the Support Network of Professionals (SNP), working in the drug field with refugees, "
                        + "migrants and internally displaced persons (IDPs), met in **Palermo** for the second "
                        + "international capacity-building seminar.",
                "We observed that people on the move face specific drug-related risks: trauma, interrupted treatment, "
                        + "and barriers to health services linked to their legal status."));
        english.put("Recommendations", List.of(
                "1. Guarantee access to drug treatment and harm reduction **regardless of residence status**.",
                "2. Provide trained interpreters and cultural mediators in reception centres and treatment services.",
                "3. Involve peers with lived experience in outreach, prevention and the design of services."));
        english.put("Commitments", List.of(
                "We commit to sharing practice across our services and to meeting again within a year to review progress."));
        var translatedFr = List.of(
                "Nous, membres du Réseau de soutien des professionnels (SNP), travaillant dans le domaine des drogues "
                        + "auprès des réfugiés, des migrants et des personnes déplacées internes, nous sommes réunis à "
                        + "**Palerme** pour le deuxième séminaire international de renforcement des capacités.",
                "Nous avons constaté que les personnes en déplacement font face à des risques spécifiques liés aux "
                        + "drogues : traumatismes, traitements interrompus et obstacles d’accès aux services de santé liés "
                        + "à leur statut juridique.",
                "1. Garantir l’accès au traitement de la toxicomanie et à la réduction des risques **quel que soit le "
                        + "statut de séjour**.",
                "2. Mettre à disposition des interprètes et des médiateurs culturels formés dans les centres d’accueil "
                        + "et les services de traitement.",
                "3. Associer des pairs ayant une expérience vécue à l’aller-vers, à la prévention et à la conception "
                        + "des services.",
                "Nous nous engageons à partager nos pratiques entre services et à nous réunir de nouveau dans un an "
                        + "pour faire le point.");
        var sectionsFr = List.of("Préambule", "Recommandations", "Engagements");
        as("amina.haddad@convene.demo", () -> {
            write(statementId, english);
            var people = new ArrayList<>(List.of(amina, jonas, eleni, olena, sofia));
            people.addAll(extra);
            var organisations = List.of("Médecins du Monde, Palermo", "Caritas Berlin", "KETHEA, Athens",
                    "Alliance for Public Health, Kyiv", "CNCA Palermo", "Association Charonne, Paris",
                    "Ares do Pinhal, Lisbon", "Uteseksjonen, Oslo", "GAT, Lisbon");
            for (int i = 0; i < people.size(); i++) {
                signatures.invite(statementId, people.get(i), organisations.get(i));
            }
            workflow.configure(statementId, Quorum.MAJORITY, PublicationVisibility.PUBLIC);
            workflow.submitForReview(statementId);
            workflow.freeze(statementId);
            return null;
        });
        var emails = List.of("amina.haddad@convene.demo", "jonas.becker@convene.demo", "eleni.papadopoulou@convene.demo",
                "olena.kovalenko@convene.demo", "sofia.marino@convene.demo", "karim.benali@convene.demo",
                "ana.costa@convene.demo", "ingrid.larsen@convene.demo", "miguel.ferreira@convene.demo");
        for (var email : emails) {
            as(email, () -> {
                if (email.startsWith("jonas")) {
                    signatures.sign(statementId, Decision.ENDORSED_WITH_RESERVATION, "Caritas Berlin would go further: "
                            + "we support the decriminalisation of possession for personal use.");
                } else {
                    signatures.sign(statementId, Decision.ENDORSED, "");
                }
                return null;
            });
        }
        as("amina.haddad@convene.demo", () -> {
            workflow.publish(statementId, "");
            var fr = translations.create(statementId, "fr",
                    "Déclaration du Réseau de soutien des professionnels après le séminaire de Palerme");
            var body = paragraphs.body(fr);
            int i = 0;
            for (var section : body.sections()) {
                structure.renameSection(section.id(), sectionsFr.get(section.position() - 1));
                for (var p : section.paragraphs()) {
                    paragraphs.save(p.id(), p.version(), translatedFr.get(i++));
                }
            }
            workflow.freeze(fr);
            workflow.publish(fr, "");
            return null;
        });
    }

    // ---------------------------------------------------------------- the human-rights opinion in review

    private void humanRightsOpinion(Long group) {
        var lucas = id("lucas.martin@convene.demo");
        var eleni = id("eleni.papadopoulou@convene.demo");
        var jonas = id("jonas.becker@convene.demo");
        var checklistId = as(DemoData.MARKER, () -> checklists.create(new ChecklistForm(CHECKLIST,
                "Answer each question for the text as a whole before it is frozen for sign-off.", List.of(
                new ChecklistForm.Item(null, "Does the text uphold the right to health, including access to harm reduction?",
                        "Article 12 ICESCR; see the International Guidelines on Human Rights and Drug Policy, section II.1."),
                new ChecklistForm.Item(null, "Does it avoid recommending measures that criminalise people who use drugs?",
                        "Check proportionality of any sanction mentioned."),
                new ChecklistForm.Item(null, "Are gender-specific needs and the situation of women considered?",
                        "Refer to the Group's handbook on a gender approach in drug policy."),
                new ChecklistForm.Item(null, "Are children's rights and the best interests of the child respected?",
                        "Including children whose parents use drugs."),
                new ChecklistForm.Item(null, "Is non-discrimination of migrants, refugees and minorities ensured?", ""),
                new ChecklistForm.Item(null, "Are the sources for facts and figures cited?", "")))));
        var statementId = as("lucas.martin@convene.demo", () -> statements.create(new StatementForm(
                "Opinion on human-rights compliance of compulsory drug treatment", null, group, "en", lucas,
                Set.of(eleni), Set.of(jonas))));
        var text = new LinkedHashMap<String, List<String>>();
        text.put("Context", List.of(
                "Several member states still order compulsory treatment for people who use drugs, sometimes without "
                        + "judicial review.",
                "The Expert Group examined national practices against international human-rights standards."));
        text.put("Opinion", List.of(
                "Treatment must be voluntary and based on informed consent, except in narrowly defined emergencies.",
                "Detention in the name of treatment is not compatible with the right to liberty and the right to health."));
        var paragraphIds = as("lucas.martin@convene.demo", () -> {
            write(statementId, text);
            answers.attach(statementId, checklistId);
            signatures.invite(statementId, lucas, "Université de Strasbourg");
            signatures.invite(statementId, eleni, "KETHEA, Athens");
            signatures.invite(statementId, jonas, "Caritas Berlin");
            workflow.submitForReview(statementId);
            return paragraphs.body(statementId).paragraphs().map(p -> p.id()).toList();
        });
        var rows = as("eleni.papadopoulou@convene.demo", () -> answers.checklist(statementId).orElseThrow().rows());
        as("eleni.papadopoulou@convene.demo", () -> {
            answers.answer(statementId, rows.get(0).item().id(), CheckAnswer.YES, "Harm reduction is named in the opinion.");
            answers.answer(statementId, rows.get(1).item().id(), CheckAnswer.YES, "");
            answers.answer(statementId, rows.get(2).item().id(), CheckAnswer.NO, "To add: women in compulsory centres.");
            var c = comments.comment(statementId, paragraphIds.get(0), "Which member states? We should cite the 2024 survey.");
            comments.reply(c, "Agreed — @Lucas Martin, can you add the reference?");
            return null;
        });
        as("jonas.becker@convene.demo", () -> {
            var c = comments.comment(statementId, paragraphIds.get(2), "\"Narrowly defined\" needs a definition or an example.");
            var p = paragraphs.body(statementId).paragraph(paragraphIds.get(3)).orElseThrow();
            proposals.propose(statementId, p.id(), p.version(), "Detention in the name of treatment is not compatible with "
                    + "the right to liberty, the prohibition of ill-treatment and the right to health.",
                    "The prohibition of ill-treatment is the strongest argument here.");
            return c;
        });
        as("lucas.martin@convene.demo", () -> {
            var threads = comments.threads(statementId, paragraphIds.get(0));
            comments.resolve(threads.get(0).id());
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    /** Sections and paragraphs in order; each section (new ones too) starts with one empty paragraph. */
    private void write(long statementId, LinkedHashMap<String, List<String>> text) {
        int s = 0;
        for (var entry : text.entrySet()) {
            s++;
            long sectionId = s == 1 ? paragraphs.body(statementId).sections().get(0).id()
                    : structure.addSection(statementId, s, entry.getKey());
            if (s == 1) {
                structure.renameSection(sectionId, entry.getKey());
            }
            var first = paragraphs.body(statementId).sections().stream().filter(x -> x.id() == sectionId).findFirst()
                    .orElseThrow().paragraphs().get(0);
            int p = 0;
            for (var paragraph : entry.getValue()) {
                p++;
                if (p == 1) {
                    paragraphs.save(first.id(), first.version(), paragraph);
                } else {
                    structure.addParagraph(sectionId, p, paragraph);
                }
            }
        }
    }

    private long expert(String name, String email, Locale locale) {
        return accounts.createAccount(new SignUpForm(name, email, DemoData.PASSWORD), locale,
                EnumSet.copyOf(Set.of(Role.EXPERT, Role.PARTICIPANT)));
    }

    private Long group(String prefix) {
        return SystemAuthentication.call(() -> network.visibleGroups(prefix.toLowerCase(Locale.ROOT), PageRequest.of(0, 1))
                .stream().findFirst().map(g -> g.getId()).orElse(null));
    }

    private long id(String email) {
        return ((AccountUserDetails) users.loadUserByUsername(email)).id();
    }

    /** Runs as that demo person, signed in with their own roles, so the services check them as usual. */
    private <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var details = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
