package nl.gesprekscyclus.round;

import java.time.Instant;
import java.util.Set;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A round of a year far from today, for tests that need a year of their own (RoundService allows only this
 * year ± 1): the same record and process start as {@link RoundService#startRound}, without the calendar rule.
 */
public final class TestRounds {

    private TestRounds() {
    }

    /** The round of the year, started for these employees if it does not exist yet. */
    public static Round round(ApplicationContext context, int year, Set<String> personnelNumbers) {
        return round(context, year, personnelNumbers, context.getBean(CycleSettings.class).assessmentPolicy());
    }

    /**
     * The same under another assessment policy than config/cycle.yaml's (a round keeps the policy it started with),
     * so one application context can run rounds of several regelingen.
     */
    public static Round round(ApplicationContext context, int year, Set<String> personnelNumbers,
            AssessmentPolicy policy) {
        CycleSettings settings = context.getBean(CycleSettings.class);
        return round(context, year, personnelNumbers, policy,
                RoundShape.of(settings.cycleShape(), RoundCalendar.of(settings, year)));
    }

    /** The same with another shape of the cycle than config/cycle.yaml's (progress conversations, assessment). */
    public static Round round(ApplicationContext context, int year, Set<String> personnelNumbers,
            AssessmentPolicy policy, RoundShape shape) {
        RoundRepository rounds = context.getBean(RoundRepository.class);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(tx ->
                rounds.findByYear(year).orElseGet(() -> {
                    Round round = rounds.saveAndFlush(new Round(RoundCalendar.of(context.getBean(CycleSettings.class),
                            year), new RoundSelection(Set.of(), personnelNumbers), policy, shape, 100, "test",
                            Instant.now()));
                    context.getBean(RoundProcess.class).start(round);
                    return round;
                }));
    }
}
