package nl.gesprekscyclus.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * {@link AssessmentLine} for a batch of reviews, with the organisation read in as few queries as the policy needs:
 * none for Ommen's policy (the manager signs off, nobody is consulted) when everyone has a manager, one per level of
 * the line otherwise. Names are read only for a refusal.
 */
@Component
class AssessmentLines {

    /** Deeper than any real organisation; a line longer than this goes round and is refused as such. */
    private static final int MAX_LEVELS = 64;

    private final OrganisationDirectory directory;

    AssessmentLines(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /**
     * Whose line to resolve: the employee, their manager (as the records have it at a start or change, or as the
     * running review has it at the start of the assessment; null for the top), and what is already known of them.
     */
    record Subject(long employeeId, String personnelNumber, String name, Long managerId, String managerNumber) {

        static Subject of(EmployeeSummary employee) {
            return new Subject(employee.id(), employee.personnelNumber(), employee.fullName(), employee.managerId(),
                    employee.managerNumber());
        }
    }

    /** The outcome for one employee, with the personnel numbers the process assigns the tasks to. */
    record Resolution(AssessmentLine.Outcome outcome, String managerNumber, String secondAssessorNumber,
            String signOffByNumber) {

        AssessmentLine.Line line() {
            return outcome instanceof AssessmentLine.Resolved r ? r.line() : null;
        }

        AssessmentLine.Refused refusal() {
            return outcome instanceof AssessmentLine.Refused r ? r : null;
        }
    }

    Resolution resolve(AssessmentPolicy policy, Subject subject) {
        return resolve(policy, List.of(subject)).get(subject.employeeId());
    }

    /** By employee id, in the order given. */
    Map<Long, Resolution> resolve(AssessmentPolicy policy, List<Subject> subjects) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        subjects.forEach(s -> {
            names.put(s.employeeId(), s.name());
            numbers.put(s.employeeId(), s.personnelNumber());
            if (s.managerId() != null && s.managerNumber() != null) {
                numbers.put(s.managerId(), s.managerNumber());
            }
        });
        boolean tops = subjects.stream().anyMatch(s -> s.managerId() == null);
        Long topAssessor = tops ? policy.topAssessorNumber().flatMap(directory::employeeIdByPersonnelNumber)
                .orElse(null) : null;
        boolean walksTheLine = policy.secondAssessorRule() != AssessmentPolicy.SecondAssessor.NONE
                || policy.signOffRule() != AssessmentPolicy.SignOff.MANAGER;
        Map<Long, AssessmentLine.Link> links = new HashMap<>();
        if (walksTheLine || tops) {
            Set<Long> start = new HashSet<>();
            subjects.forEach(s -> {
                start.add(s.employeeId());
                if (s.managerId() != null) {
                    start.add(s.managerId());
                }
            });
            if (topAssessor != null) {
                start.add(topAssessor);
            }
            read(start, links, walksTheLine ? MAX_LEVELS : 1);
        }
        AssessmentLine.People people = new AssessmentLine.People() {
            @Override
            public AssessmentLine.Link link(long personId) {
                return links.get(personId);
            }

            @Override
            public String name(long personId) {
                return names.computeIfAbsent(personId, id -> directory.employee(id).map(EmployeeSummary::fullName)
                        .orElse("medewerker " + id));
            }
        };

        Map<Long, AssessmentLine.Outcome> outcomes = new LinkedHashMap<>();
        for (Subject s : subjects) {
            outcomes.put(s.employeeId(), AssessmentLine.resolve(policy, s.employeeId(), s.personnelNumber(),
                    s.managerId(), topAssessor, people));
        }
        Set<Long> unnumbered = outcomes.values().stream().filter(o -> o instanceof AssessmentLine.Resolved)
                .map(o -> ((AssessmentLine.Resolved) o).line())
                .flatMap(l -> Stream.of(l.managerId(), l.secondAssessorId(), l.signOffById()))
                .filter(Objects::nonNull).filter(id -> !numbers.containsKey(id)).collect(Collectors.toSet());
        if (!unnumbered.isEmpty()) {
            directory.employees(unnumbered).forEach(e -> numbers.put(e.id(), e.personnelNumber()));
        }
        Map<Long, Resolution> resolutions = new LinkedHashMap<>();
        outcomes.forEach((employeeId, outcome) -> {
            AssessmentLine.Line line = outcome instanceof AssessmentLine.Resolved r ? r.line() : null;
            resolutions.put(employeeId, line == null ? new Resolution(outcome, null, null, null)
                    : new Resolution(outcome, numbers.get(line.managerId()), number(numbers, line.secondAssessorId()),
                            numbers.get(line.signOffById())));
        });
        return resolutions;
    }

    /** Reads the links of these people and of those above them, a level per query, at most {@code levels} levels. */
    private void read(Collection<Long> start, Map<Long, AssessmentLine.Link> links, int levels) {
        Set<Long> wanted = new HashSet<>(start);
        for (int level = 0; level < levels && !wanted.isEmpty(); level++) {
            Map<Long, OrganisationDirectory.Link> read = directory.links(wanted);
            read.forEach((id, link) -> links.put(id, new AssessmentLine.Link(link.managerId(), link.active())));
            wanted = read.values().stream().map(OrganisationDirectory.Link::managerId).filter(Objects::nonNull)
                    .filter(id -> !links.containsKey(id)).collect(Collectors.toSet());
        }
    }

    private static String number(Map<Long, String> numbers, Long id) {
        return id == null ? null : numbers.get(id);
    }
}
