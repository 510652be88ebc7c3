package nl.gesprekscyclus.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.cycle.AssessmentPolicy;

/**
 * Who assesses a review, who is consulted before the hand-over and who signs it off, from the round's assessment
 * policy (config/cycle.yaml) and the line of managers: each employee's manager, up to the person without one. A
 * pure function, so every combination and every bad case has a unit test ({@code AssessmentLineTests}).
 * <p>
 * The rules, as docs/process.md explains them to a municipality:
 * <ul>
 * <li>the assessor is the employee's manager; whoever has no manager (the top, in a municipality the
 * gemeentesecretaris) is assessed by the policy's {@code topAssessor}, or is not in the cycle when that is
 * {@code none};</li>
 * <li>the top assessor stands outside the line: whoever the unit tree makes their manager is neither consulted nor
 * signs off (the top assessor does, whatever {@code signOff} says);</li>
 * <li>{@code secondAssessor: nextLevel} is the assessor's own manager; when the assessor has none, nobody is
 * consulted and the step is left out;</li>
 * <li>{@code signOff: nextLevel} is the assessor's manager, and the assessor when there is none;
 * {@code gemeentesecretaris} is the top of the assessor's line, and for the top's own review its assessor;</li>
 * <li>refused, with a Dutch sentence that names the people: the employee as their own assessor, second assessor
 * or signer, an assessor who would be their own second assessor, a line that goes round, a second assessor or
 * signer who left service, a top assessor the records do not know.</li>
 * </ul>
 */
public final class AssessmentLine {

    private AssessmentLine() {
    }

    /** The resolved people, by employee id: the assessor (the review's manager), the second assessor or null, the signer. */
    public record Line(Long managerId, Long secondAssessorId, Long signOffById) {
    }

    /** A line, or why the employee gets no review. */
    public sealed interface Outcome permits Resolved, Refused {
    }

    public record Resolved(Line line) implements Outcome {
    }

    /**
     * No review: {@code code} is for the audit trail and the log (no names), {@code message} tells HR in Dutch who
     * and why, on the round's screen.
     */
    public record Refused(String code, String message) implements Outcome {
    }

    /** What the resolution reads about a person: one step up the line, and their name for a message. */
    public interface People {

        /** The person's manager (null: none) and whether they are in service; null when the records do not know them. */
        Link link(long personId);

        String name(long personId);
    }

    /** One step up the line. */
    public record Link(Long managerId, boolean active) {
    }

    /**
     * @param employeeNumber the employee's personnel number (the top assessor is named by number)
     * @param managerId the employee's manager, or the assessor a running review already has; null for the top
     * @param topAssessorId the person with the policy's {@code topAssessor} number, or null when the policy says
     *     none or the records hold nobody with that number
     */
    public static Outcome resolve(AssessmentPolicy policy, long employeeId, String employeeNumber, Long managerId,
            Long topAssessorId, People people) {
        // names only for a refusal: resolving thousands of reviews at a round start reads no names
        java.util.function.Supplier<String> employee = () -> people.name(employeeId);
        Optional<String> topNumber = policy.topAssessorNumber();
        if (topNumber.isPresent() && topNumber.get().equals(employeeNumber)) {
            return new Refused("top-assessor-not-in-cycle", employee.get() + " beoordeelt de top van de organisatie"
                    + " (assessmentPolicy.topAssessor in cycle.yaml) en doet zelf niet mee aan de gesprekscyclus.");
        }
        Long assessor = managerId;
        // the top assessor (the burgemeester) stands outside the line of managers: the unit tree puts him in a unit
        // and so gives him a manager, often the very gemeentesecretaris he assesses, but nobody above him is
        // consulted or signs off: he assesses and signs off the top's review alone
        boolean byTopAssessor = false;
        if (assessor == null) {
            if (topNumber.isEmpty()) {
                return new Refused("top-not-in-cycle", employee.get() + " heeft geen leidinggevende, en cycle.yaml"
                        + " noemt niemand die de top van de organisatie beoordeelt (assessmentPolicy.topAssessor: none): "
                        + employee.get() + " doet niet mee aan de gesprekscyclus.");
            }
            if (topAssessorId == null || !active(people, topAssessorId)) {
                return new Refused("top-assessor-unknown", employee.get() + " heeft geen leidinggevende, en personeelsnummer "
                        + topNumber.get() + ", dat cycle.yaml noemt als beoordelaar van de top"
                        + " (assessmentPolicy.topAssessor), is van niemand die in dienst is.");
            }
            assessor = topAssessorId;
            byTopAssessor = true;
        }
        if (assessor == employeeId) {
            return new Refused("own-assessor", employee.get() + " zou de eigen beoordeling opstellen.");
        }
        long assessorId = assessor;
        java.util.function.Supplier<String> assessorName = () -> people.name(assessorId);

        Long second = null;
        if (policy.secondAssessorRule() == AssessmentPolicy.SecondAssessor.NEXT_LEVEL && !byTopAssessor) {
            second = above(people, assessor);
            if (second != null && second == employeeId) {
                return new Refused("second-assessor-is-employee", "De tweede beoordelaar van " + employee.get()
                        + " zou " + employee.get() + " zelf zijn: " + employee.get()
                        + " staat vastgelegd als leidinggevende van " + assessorName.get() + ".");
            }
            if (second != null && second.equals(assessor)) {
                return new Refused("second-assessor-is-manager", assessorName.get() + " zou bij " + employee.get()
                        + " de eigen tweede beoordelaar zijn: " + assessorName.get()
                        + " staat vastgelegd als eigen leidinggevende.");
            }
            if (second != null && !active(people, second)) {
                return new Refused("second-assessor-left", "De tweede beoordelaar van " + employee.get() + ", "
                        + people.name(second) + " (leidinggevende van " + assessorName.get()
                        + "), is niet meer in dienst.");
            }
        }

        Long signer;
        switch (byTopAssessor ? AssessmentPolicy.SignOff.MANAGER : policy.signOffRule()) {
            case MANAGER -> signer = assessor;
            case NEXT_LEVEL -> {
                Long next = above(people, assessor);
                signer = next == null ? assessor : next;
            }
            case GEMEENTESECRETARIS -> {
                List<Long> line = new ArrayList<>();
                Optional<Long> top = topOfLine(people, assessor, employeeId, line);
                if (top.isEmpty()) {
                    return new Refused("line-goes-round", "De lijn van leidinggevenden boven " + employee.get()
                            + " is rond: " + line.stream().map(people::name).collect(Collectors.joining(" → "))
                            + ". Niemand is de top, dus niemand kan de beoordeling vaststellen.");
                }
                signer = top.get();
            }
            default -> throw new IllegalStateException("unknown sign-off rule " + policy.signOffRule());
        }
        if (signer == employeeId) {
            return new Refused("signer-is-employee", employee.get() + " zou de eigen beoordeling vaststellen: "
                    + employee.get() + " staat vastgelegd als leidinggevende van " + assessorName.get() + ".");
        }
        if (!signer.equals(assessor) && !active(people, signer)) {
            return new Refused("signer-left", "Wie de beoordeling van " + employee.get() + " vaststelt, "
                    + people.name(signer) + ", is niet meer in dienst.");
        }
        return new Resolved(new Line(assessor, second, signer));
    }

    private static Long above(People people, long personId) {
        Link link = people.link(personId);
        return link == null ? null : link.managerId();
    }

    private static boolean active(People people, long personId) {
        Link link = people.link(personId);
        return link != null && link.active();
    }

    /**
     * The person at the top of the assessor's line. When the line reaches the employee and the employee has no
     * manager, the employee is the top and this is their own review: its assessor signs it off. Empty when the line goes round;
     * {@code walked} then holds it, the first person again at the end.
     */
    private static Optional<Long> topOfLine(People people, long assessor, long employeeId, List<Long> walked) {
        Set<Long> seen = new LinkedHashSet<>();
        long current = assessor;
        while (true) {
            walked.add(current);
            if (!seen.add(current)) {
                return Optional.empty();
            }
            Long next = above(people, current);
            if (next == null) {
                return Optional.of(current);
            }
            if (next == employeeId && above(people, employeeId) == null) {
                return Optional.of(assessor);
            }
            current = next;
        }
    }
}
