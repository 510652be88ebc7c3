package nl.gesprekscyclus.cycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who assesses, who is consulted and who signs off (vaststellen), and what the employee reads of HR's advice: the
 * municipality's regeling gesprekscyclus, in the {@code assessmentPolicy} section of {@code config/cycle.yaml}.
 * Kept as written (the words of the file), so a round can store it as it was when the round started; the rules
 * below turn the words into what they mean. A missing section or key means the default, which reproduces Ommen:
 * no second assessor, the manager signs off, the top of the organisation is not in the cycle, and HR's advice is
 * advice to the manager.
 *
 * @param secondAssessor {@code none} or {@code nextLevel}: the manager of the manager is consulted before the
 *     hand-over
 * @param signOff {@code manager}, {@code nextLevel} or {@code gemeentesecretaris} (the top of the line)
 * @param topAssessor {@code none} (whoever has no manager is not in the cycle) or the personnel number of the
 *     person who assesses them (e.g. the burgemeester, recorded as an employee who is not in the cycle)
 * @param hrAdviceVisibleToEmployee whether the employee reads HR's advice on a low assessment
 */
public record AssessmentPolicy(String secondAssessor, String signOff, String topAssessor,
        Boolean hrAdviceVisibleToEmployee) {

    /** The word for "nobody" in the file. */
    public static final String NONE = "none";

    public static final AssessmentPolicy DEFAULTS = new AssessmentPolicy(SecondAssessor.NONE.written,
            SignOff.MANAGER.written, NONE, false);

    public AssessmentPolicy {
        secondAssessor = secondAssessor == null ? SecondAssessor.NONE.written : secondAssessor.strip();
        signOff = signOff == null ? SignOff.MANAGER.written : signOff.strip();
        topAssessor = topAssessor == null ? NONE : topAssessor.strip();
        hrAdviceVisibleToEmployee = hrAdviceVisibleToEmployee != null && hrAdviceVisibleToEmployee;
    }

    /** Who is consulted before the hand-over. */
    public enum SecondAssessor {
        /** nobody: the step is left out */
        NONE("none"),
        /** the manager of the employee's manager; nobody when the manager has none */
        NEXT_LEVEL("nextLevel");

        final String written;

        SecondAssessor(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }
    }

    /** Who signs the assessment off (stelt haar vast). */
    public enum SignOff {
        /** the employee's manager, who wrote it */
        MANAGER("manager"),
        /** the manager of the manager; the manager when there is none */
        NEXT_LEVEL("nextLevel"),
        /** the top of the line (the person without a manager), by mandate; the manager for the top's own review */
        GEMEENTESECRETARIS("gemeentesecretaris");

        final String written;

        SignOff(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }
    }

    public SecondAssessor secondAssessorRule() {
        return Arrays.stream(SecondAssessor.values()).filter(s -> s.written.equals(secondAssessor)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked assessmentPolicy.secondAssessor"));
    }

    public SignOff signOffRule() {
        return Arrays.stream(SignOff.values()).filter(s -> s.written.equals(signOff)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unchecked assessmentPolicy.signOff"));
    }

    /** The personnel number of whoever assesses the top; empty when the top is not in the cycle. */
    public Optional<String> topAssessorNumber() {
        return NONE.equals(topAssessor) ? Optional.empty() : Optional.of(topAssessor);
    }

    public boolean adviceVisibleToEmployee() {
        return hrAdviceVisibleToEmployee;
    }

    /** What is wrong with the section, each problem with its field (for {@link CycleSettingsReader}). */
    static void validate(AssessmentPolicy p, List<String> problems) {
        if (Arrays.stream(SecondAssessor.values()).noneMatch(s -> s.written.equals(p.secondAssessor()))) {
            problems.add("assessmentPolicy.secondAssessor: '" + p.secondAssessor() + "' is not one of "
                    + Arrays.stream(SecondAssessor.values()).map(s -> s.written).collect(Collectors.joining(", ")));
        }
        if (Arrays.stream(SignOff.values()).noneMatch(s -> s.written.equals(p.signOff()))) {
            problems.add("assessmentPolicy.signOff: '" + p.signOff() + "' is not one of "
                    + Arrays.stream(SignOff.values()).map(s -> s.written).collect(Collectors.joining(", ")));
        }
        if (p.topAssessor().isEmpty() || !p.topAssessor().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,49}")) {
            problems.add("assessmentPolicy.topAssessor: say none or a personnel number (got '" + p.topAssessor()
                    + "')");
        }
    }
}
