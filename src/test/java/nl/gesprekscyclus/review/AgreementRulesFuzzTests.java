package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.test_support.BadInput;

/**
 * Fuzzing the rules behind the agreement forms (jqwik): whatever the fields hold, the rules answer with violations
 * that name a field of the form and have a Dutch message, and a text over its limit or with a character that cannot
 * be stored is always among them. Pure; a few seconds.
 */
class AgreementRulesFuzzTests {

    private static final AtomicInteger INPUTS = new AtomicInteger();
    private static final Set<String> FIELDS = Set.of("resultArea", "description", "criterion", "workRole", "deadline",
            "weight");

    @Property(tries = 2000)
    void shouldAnswerEveryResultAgreementWithPlacedViolationsOrNone(@ForAll("field") String description,
            @ForAll("field") String criterion, @ForAll("field") String workRole, @ForAll("field") String area) {
        INPUTS.incrementAndGet();
        List<Violation> violations = AgreementRules.check(new ResultAgreementData(area, workRole, description,
                criterion, LocalDate.of(2045, 6, 1), 50), Set.of("RG1", area), LocalDate.of(2045, 1, 1),
                LocalDate.of(2045, 12, 31));

        assertThat(violations).allSatisfy(v -> {
            assertThat(FIELDS).contains(v.field());
            assertThat(v.message(Locale.forLanguageTag("nl"))).doesNotStartWith("!");
        });
        boolean descriptionBad = description.isBlank() || description.length() > AgreementRules.MAX_TEXT
                || !AgreementRules.storable(description);
        assertThat(violations.stream().anyMatch(v -> v.field().equals("description"))).isEqualTo(descriptionBad);
    }

    @Provide
    Arbitrary<String> field() {
        return BadInput.fieldValue();
    }

    @AfterContainer
    static void report() {
        System.out.println("AgreementRulesFuzzTests: " + INPUTS.get() + " generated agreements, each answered");
    }
}
