package nl.gesprekscyclus;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * The signed PDFs hold no feedback from colleagues (docs/feedback.md): an anonymous answer in a document that is
     * kept for years, printed and passed on could not be taken back. Whoever wants feedback in a PDF decides that
     * here, with the anonymity rules, rather than by an import.
     */
    @ArchTest
    static final ArchRule signedDocumentsHoldNoFeedback = noClasses()
            .that().resideInAPackage("nl.gesprekscyclus.document..")
            .should().dependOnClassesThat().resideInAPackage("nl.gesprekscyclus.feedback..");

    /**
     * Feature packages may depend on each other one way only, so each can be read, tested and changed from below.
     * Screens are left out: a view composes several features (the menu knows every screen). The audit trail's sink is the reason this rule exists: every feature writes to it, so it
     * must depend on none of them (reading the trail, which needs the logged-in user, is {@code auditsearch}).
     */
    @ArchTest
    static final ArchRule featuresOutsideTheScreensAreFreeOfCycles = slices().matching("nl.gesprekscyclus.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("..ui.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("..ui.."));
}
