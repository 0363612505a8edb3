package cn.henan.cjrh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Engines stay behind their modules: Camunda in workflow, Drools in rules.runtime, Spring MVC in web. */
class ArchitectureTest {
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.henan.cjrh");

    @Test
    void onlyWorkflow_usesCamunda() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.henan.cjrh.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyRulesRuntime_usesDrools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.henan.cjrh.rules.runtime..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyWeb_usesSpringMvc() {
        noClasses()
                .that()
                .resideOutsideOfPackage("cn.henan.cjrh.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.servlet..", "org.springframework.web.bind..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothing_dependsOnWebOrAudit() {
        noClasses()
                .that()
                .resideOutsideOfPackages("cn.henan.cjrh.web..", "cn.henan.cjrh.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.henan.cjrh.web..", "cn.henan.cjrh.audit..")
                .check(classes);
    }
}
