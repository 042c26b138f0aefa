package io.mwportal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of DESIGN.md section 3: features use {@code platform} and {@code casework} but not each other;
 * {@code platform} uses no feature; {@code casework} uses only {@code platform}; resources never hand out entities.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mwportal");

    static ArchRule featuresDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAnyPackage(root + ".."),
                        resideInAnyPackage(root + ".platform..", root + ".casework.."))
                .allowEmptyShould(true)
                .as("features of " + root + " do not depend on each other (only on platform and casework)");
    }

    @Test
    void featuresAreIndependent() {
        featuresDoNotDependOnEachOther("io.mwportal").check(MAIN);
    }

    @Test
    void theFeatureRuleCatchesAViolation() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.mwportal.archfixture");
        assertThrows(AssertionError.class, () -> featuresDoNotDependOnEachOther("io.mwportal.archfixture").check(fixture));
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("io.mwportal.platform..")
                .should().dependOnClassesThat(resideInAnyPackage("io.mwportal..")
                        .and(not(resideInAnyPackage("io.mwportal.platform.."))))
                .check(MAIN);
    }

    @Test
    void caseworkDependsOnlyOnPlatform() {
        noClasses().that().resideInAPackage("io.mwportal.casework..")
                .should().dependOnClassesThat(resideInAnyPackage("io.mwportal..")
                        .and(not(resideInAnyPackage("io.mwportal.platform..", "io.mwportal.casework.."))))
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void resourcesReturnApiRecordsNotEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should(notReturnAnEntity())
                .check(MAIN);
    }

    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return an @Entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean entity = method.getRawReturnType().isAnnotatedWith(Entity.class)
                        || method.getReturnType().getAllInvolvedRawTypes().stream()
                                .anyMatch(type -> type.isAnnotatedWith(Entity.class));
                events.add(new SimpleConditionEvent(method, !entity,
                        method.getFullName() + (entity ? " returns an entity" : " returns no entity")));
            }
        };
    }
}
