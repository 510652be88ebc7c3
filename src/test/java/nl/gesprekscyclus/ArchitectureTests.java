package nl.gesprekscyclus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package rules that keep the engine replaceable and the features apart. */
@AnalyzeClasses(packages = "nl.gesprekscyclus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Camunda 7 CE is at its end of life: only the workflow package may know it, so it can be replaced. */
    @ArchTest
    static final ArchRule onlyTheWorkflowPackageUsesCamunda = noClasses()
            .that().resideOutsideOfPackage("nl.gesprekscyclus.workflow..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    /** The function book is data every feature reads; it depends on no other feature. */
    @ArchTest
    static final ArchRule functionBookDependsOnNoFeature = noClasses()
            .that().resideInAPackage("nl.gesprekscyclus.functionbook")
            .should().dependOnClassesThat().resideInAnyPackage("nl.gesprekscyclus.organisation..",
                    "nl.gesprekscyclus.profile..", "nl.gesprekscyclus.security..", "nl.gesprekscyclus.workflow..");
}
