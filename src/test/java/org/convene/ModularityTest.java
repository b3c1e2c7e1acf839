package org.convene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map the build checks: features meet through services and events only, each module
 * depends on the modules listed here and on no other, views never touch repositories, and only
 * views (and the three adapters named below) know Vaadin. The generated diagrams in
 * {@code docs/modules} come from the same model.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.convene");

    /**
     * Each module and the modules it may use. {@code base} is open and used by all; it is listed for
     * clarity. {@code notification} and {@code demo} are leaves: nothing depends on them.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("base", Set.of()),
            Map.entry("account", Set.of("base")),
            Map.entry("seminar", Set.of("base", "account")),
            Map.entry("network", Set.of("base", "account")),
            Map.entry("calendar", Set.of("base", "account", "seminar")),
            Map.entry("registration", Set.of("base", "account", "seminar", "calendar")),
            Map.entry("agenda", Set.of("base", "account", "seminar", "calendar")),
            Map.entry("document", Set.of("base", "account", "seminar", "network", "registration", "agenda")),
            Map.entry("statement", Set.of("base", "account", "seminar", "network")),
            Map.entry("certificate", Set.of("base", "account", "seminar", "registration", "agenda")),
            Map.entry("privacy", Set.of("base", "account", "network", "registration")),
            Map.entry("home", Set.of("base", "account", "seminar")),
            Map.entry("notification", Set.of("base", "account", "seminar", "network", "calendar", "registration",
                    "agenda", "document", "statement")),
            Map.entry("demo", Set.of("base", "account", "seminar", "network", "registration", "agenda", "document",
                    "statement")));

    @Test
    void modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void each_module_depends_only_on_the_modules_it_is_allowed_to() {
        var actual = new TreeMap<String, Set<String>>();
        for (var module : MODULES) {
            var deps = new TreeSet<String>();
            module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getIdentifier)
                    .forEach(id -> deps.add(id.toString()));
            actual.put(module.getIdentifier().toString(), deps);
        }
        assertThat(actual.keySet()).as("every module is declared in ALLOWED").isEqualTo(new TreeSet<>(ALLOWED.keySet()));
        actual.forEach((module, deps) -> assertThat(ALLOWED.get(module))
                .as("%s may depend on %s but depends on %s", module, ALLOWED.get(module), deps)
                .containsAll(deps));
    }

    @Test
    void views_do_not_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    /**
     * Views receive records, not entities: a seminar reaches them as {@code SeminarDetails} (or the page's and
     * cards' records), read inside the seminar service's transaction (issue 13, item 3).
     */
    @Test
    void views_do_not_use_the_seminar_entity() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.convene.seminar.Seminar")
                .check(CLASSES);
    }

    /** What depends on the time of day (open, started, ended, expired) is a rule: services decide it, views show it. */
    @Test
    void views_do_not_read_the_clock() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Clock.class)
                .check(CLASSES);
    }

    /**
     * Vaadin stays in the views. The exceptions are adapters Vaadin itself asks for: the app shell,
     * the security configuration (Vaadin's configurer) and the translation provider (Vaadin's i18n SPI).
     */
    @Test
    void only_views_know_vaadin() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .and().doNotHaveFullyQualifiedName("org.convene.account.SecurityConfiguration")
                .and().doNotHaveFullyQualifiedName("org.convene.base.i18n.TranslationProvider")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    /**
     * Writes the module diagrams (PlantUML) and canvases: to {@code target/spring-modulith-docs} on every
     * run, and to the committed {@code docs/modules} with {@code -Dconvene.module-docs=docs/modules}
     * (Modulith's output order varies between runs, so the committed copy is refreshed on purpose only).
     */
    @Test
    void writes_the_module_documentation() {
        var folder = System.getProperty("convene.module-docs", "target/spring-modulith-docs");
        new Documenter(MODULES, folder)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new File(folder, "components.puml")).exists();
    }
}
