package org.filiere.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The conventions of core, checked on every build. */
@AnalyzeClasses(packages = "org.filiere", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain model: everything in core but the application services and the CDI wiring. */
    private static final String[] DOMAIN = {"org.filiere.kernel..", "org.filiere.access", "org.filiere.member",
        "org.filiere.charter", "org.filiere.training", "org.filiere.training.calendar", "org.filiere.project",
        "org.filiere.programme", "org.filiere.watch", "org.filiere.event", "org.filiere.speedmeeting",
        "org.filiere.seating", "org.filiere.calendar", "org.filiere.report", "org.filiere.funding",
        "org.filiere.directory", "org.filiere.techwatch", "org.filiere.press", "org.filiere.privacy",
        "org.filiere.audit"};

    @ArchTest
    static final ArchRule domainModelKnowsNoFramework = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.apache.camel..",
                    "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..", "jakarta.interceptor..",
                    "org.eclipse.microprofile..", "org.jboss..")
            .as("the domain model imports no JPA, Camel, CDI, transaction or configuration type");

    @ArchTest
    static final ArchRule coreKnowsNoJpaNorCamel = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..", "org.apache.camel..")
            .as("nothing in core imports JPA or Camel");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.filiere.(*)..").should().beFreeOfCycles()
            .as("feature packages have no cycles");

    @ArchTest
    static final ArchRule applicationServicesStayInApplicationPackages = noClasses().that()
            .resideOutsideOfPackages("..application..", "org.filiere.wiring..")
            .should().beAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
            .as("CDI services live in application packages or the wiring");
}
