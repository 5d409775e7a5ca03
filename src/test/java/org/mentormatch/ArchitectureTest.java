package org.mentormatch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyMethodsThat;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mentormatch.api.Problems;

/**
 * Rules of the code's shape, checked without a Quarkus boot. The matching engine is plain Java: its model, solver
 * and policy know nothing of the database or of HTTP, so that it can be tested and solved without a running
 * service. Every endpoint says who may call it. Features build on each other without cycles, and only the
 * api speaks HTTP problems: services and entities refuse in domain terms ({@code org.mentormatch.refusal}).
 */
@AnalyzeClasses(packages = "org.mentormatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** A resource class, or the generic base whose endpoints its per-kind resources inherit. */
    private static final DescribedPredicate<JavaClass> RESOURCES = DescribedPredicate.describe("resources",
            javaClass -> javaClass.isAnnotatedWith(Path.class)
                    || javaClass.getSubclasses().stream().anyMatch(sub -> sub.isAnnotatedWith(Path.class)));

    @ArchTest
    static final ArchRule matchingEngineShouldNotDependOnPersistenceOrRest = noClasses()
            .that().resideInAnyPackage(
                    "org.mentormatch.matching.model..",
                    "org.mentormatch.matching.solver..",
                    "org.mentormatch.matching.policy..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.persistence..",
                    "jakarta.ws.rs..",
                    "io.quarkus.hibernate..",
                    "org.hibernate..")
            .because("the engine is mapped to and from entities outside it, never built on them (STYLE.md 2, 20)");

    @ArchTest
    static final ArchRule everyEndpointNamesWhoMayCallIt = methods()
            .that().areAnnotatedWith(jakarta.ws.rs.GET.class)
            .or().areAnnotatedWith(jakarta.ws.rs.POST.class)
            .or().areAnnotatedWith(jakarta.ws.rs.PUT.class)
            .or().areAnnotatedWith(jakarta.ws.rs.PATCH.class)
            .or().areAnnotatedWith(jakarta.ws.rs.DELETE.class)
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .because("access is denied by default and granted per endpoint (quarkus.security.jaxrs.deny-unannotated-endpoints)");

    @ArchTest
    static final ArchRule featuresShouldNotDependOnEachOtherInACircle = slices()
            .matching("org.mentormatch.(*)..")
            .should().beFreeOfCycles()
            .because("each feature can be read, tested and changed starting from the ones it builds on");

    @ArchTest
    static final ArchRule onlyTheApiWritesProblems = noClasses()
            .that().resideOutsideOfPackage("org.mentormatch.api..")
            .should().dependOnClassesThat().resideInAPackage("io.quarkiverse.resteasy.problem..")
            .orShould().dependOnClassesThat().areAssignableTo(WebApplicationException.class)
            .orShould().dependOnClassesThat().belongToAnyOf(Problems.class)
            .because("services, entities and resources refuse with org.mentormatch.refusal; api.RefusalMapper alone "
                    + "renders a refusal as a problem");

    @ArchTest
    static final ArchRule onlyResourcesAndFiltersKnowHttp = noClasses()
            .that().resideOutsideOfPackage("org.mentormatch.api..")
            .and(not(RESOURCES))
            .and(not(containAnyMethodsThat(annotatedWith(ServerRequestFilter.class))))
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..")
            .because("a service answers in domain terms; statuses, headers and Location are the resource's business");
}
