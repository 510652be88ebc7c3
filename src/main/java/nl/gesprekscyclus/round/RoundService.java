package nl.gesprekscyclus.round;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.review.ReviewValidationException;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.PersonNames;
import nl.gesprekscyclus.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR starts the round of a year with its calendar, for everyone or a selection, and closes it. Starting only
 * records the round and starts its process: the reviews are started in batches in the background.
 */
@Service
@PreAuthorize("hasRole('" + Roles.HR + "')")
@Transactional
public class RoundService {

    private final RoundRepository rounds;
    private final RoundProcess process;
    private final CycleSettings settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final int batchSize;
    private final JdbcTemplate jdbc;
    private final OrganisationDirectory directory;
    private final PersonNames names;

    RoundService(RoundRepository rounds, RoundProcess process, CycleSettings settings, CurrentUser currentUser,
            AuditTrail audit, Clock clock, @Value("${gesprekscyclus.round.batch-size:100}") int batchSize,
            JdbcTemplate jdbc, OrganisationDirectory directory, PersonNames names) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.names = names;
        this.rounds = rounds;
        this.process = process;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** The configured calendar for a year (config/cycle.yaml), as the start form proposes it. */
    @Transactional(readOnly = true)
    public RoundCalendar defaultCalendar(int year) {
        return RoundCalendar.of(settings, year);
    }

    @Transactional(readOnly = true)
    public Optional<Round> round(int year) {
        return rounds.findByYear(year);
    }

    /** The round of a year with its progress: counted in the database, so it stays fast at 15,000 reviews. */
    @Transactional(readOnly = true)
    public Optional<RoundOverview> overview(int year) {
        return rounds.findByYear(year).map(round -> {
            Map<String, Long> byPhase = new TreeMap<>();
            jdbc.query("select phase, count(*) from review where round_id = ? group by phase",
                    rs -> {
                        byPhase.put(rs.getString(1), rs.getLong(2));
                    }, round.getId());
            long started = byPhase.values().stream().mapToLong(Long::longValue).sum();
            Map<String, String> selectedNames = new LinkedHashMap<>();
            new TreeSet<>(round.selection().personnelNumbers()).stream().limit(RoundOverview.SHOWN_PEOPLE)
                    .forEach(n -> directory.employeeByPersonnelNumber(n)
                            .ifPresent(e -> selectedNames.put(n, e.fullName())));
            return new RoundOverview(round.getId(), round.getYear(), round.getStatus(), round.calendar(),
                    round.selection(), selectedNames, round.getMemberCount(), started,
                    round.isOpen() && process.startingReviews(round), byPhase, names.of(round.getStartedBy()),
                    round.getStartedAt(), round.getClosedAt(), round.policy(), notStarted(round.getId()),
                    round.shape().formalAssessment(), round.shape().feedbackRounds());
        });
    }

    /** The units a round may be started for, in tree order (a unit's selection takes its sub-units along). */
    @Transactional(readOnly = true)
    public List<UnitSummary> units() {
        return directory.units();
    }

    /** The members of the round without a review because of the assessment policy, by name, with the reason. */
    private List<RoundOverview.NotStarted> notStarted(long roundId) {
        return jdbc.query("select e.personnel_number, e.first_name, e.name_prefix, e.last_name, m.not_started_reason"
                + " from round_member m join employee e on e.id = m.employee_id"
                + " where m.round_id = ? and m.not_started_reason is not null order by e.last_name, e.first_name",
                (rs, i) -> new RoundOverview.NotStarted(rs.getString(1), java.util.stream.Stream.of(rs.getString(2),
                        rs.getString(3), rs.getString(4)).filter(n -> n != null && !n.isBlank())
                        .collect(java.util.stream.Collectors.joining(" ")), rs.getString(5)), roundId);
    }

    /**
     * Looks up the personnel numbers HR typed, before the confirmation: the people they name, and the numbers that
     * name nobody or someone no longer in service (they would get no review, so the start refuses them).
     */
    @Transactional(readOnly = true)
    public SelectedPeople lookUp(Collection<String> personnelNumbers) {
        List<SelectedPeople.Person> people = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<SelectedPeople.Person> notInService = new ArrayList<>();
        for (String number : personnelNumbers) {
            Optional<EmployeeSummary> employee = directory.employeeByPersonnelNumber(number);
            if (employee.isEmpty()) {
                unknown.add(number);
            } else {
                SelectedPeople.Person person = new SelectedPeople.Person(number, employee.get().fullName());
                (employee.get().active() ? people : notInService).add(person);
            }
        }
        return new SelectedPeople(people, unknown, notInService);
    }

    /** How long after a restart of the application an interrupted start goes on by itself, at the latest. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Duration startResumesAfterRestartWithin() {
        return process.resumesAfterRestartWithin();
    }

    /** Years that have a round, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return rounds.findAll().stream().map(Round::getYear).sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public Round startRound(RoundCalendar calendar, RoundSelection selection) {
        List<Violation> violations = RoundRules.check(calendar, LocalDate.now(clock));
        if (rounds.existsByYear(calendar.year())) {
            violations.add(Violation.of("year", "round.year.exists", calendar.year()));
        }
        // a number that names nobody in service would be counted by no one: refused by number, nothing started
        SelectedPeople named = lookUp(new TreeSet<>(selection.personnelNumbers()));
        if (!named.unknown().isEmpty()) {
            violations.add(Violation.of("persons", "round.persons.unknown", String.join(", ", named.unknown())));
        }
        if (!named.notInService().isEmpty()) {
            violations.add(Violation.of("persons", "round.persons.notInService", named.notInService().stream()
                    .map(SelectedPeople.Person::label).collect(java.util.stream.Collectors.joining(", "))));
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        // the round keeps today's policy and shape: a later change of cycle.yaml applies to the next round
        Round round = rounds.saveAndFlush(new Round(calendar, selection, settings.assessmentPolicy(),
                RoundShape.of(settings.cycleShape(), calendar), batchSize,
                currentUser.require().getUsername(), clock.instant()));
        process.start(round);
        audit.record("round.start", "round " + calendar.year(), null, AuditTrail.SUCCESS, round.selection().toString());
        return round;
    }

    public void closeRound(int year) {
        Round round = rounds.findByYear(year).filter(Round::isOpen)
                .orElseThrow(() -> new ReviewValidationException(List.of(Violation.of("year", "round.not-open", year))));
        process.close(round);
        audit.record("round.close", "round " + year, null, AuditTrail.SUCCESS, null);
    }

    /** Calendar rules, on their own for unit tests. */
    static final class RoundRules {

        private RoundRules() {
        }

        static List<Violation> check(RoundCalendar c, LocalDate today) {
            List<Violation> violations = new ArrayList<>();
            order(violations, "planning", c.planning().start(), c.planning().end());
            order(violations, "progress", c.progress().start(), c.progress().end());
            order(violations, "assessment", c.assessment().start(), c.assessment().end());
            if (!violations.isEmpty()) {
                return violations; // a missing date: the comparisons below need all of them
            }
            if (c.year() < today.getYear() - 1 || c.year() > today.getYear() + 1) {
                violations.add(Violation.of("year", "round.year.range", today.getYear() - 1, today.getYear() + 1));
            }
            if (!c.planning().end().isBefore(c.progress().start())) {
                violations.add(Violation.of("progress", "round.calendar.overlap"));
            }
            if (!c.progress().end().isBefore(c.assessment().start())) {
                violations.add(Violation.of("assessment", "round.calendar.overlap"));
            }
            if (c.planning().start().getYear() != c.year()) {
                violations.add(Violation.of("planning", "round.calendar.year", c.year()));
            }
            return violations;
        }

        private static void order(List<Violation> violations, String field, LocalDate start, LocalDate end) {
            if (start == null || end == null) {
                violations.add(Violation.of(field, "field.required"));
            } else if (end.isBefore(start)) {
                violations.add(Violation.of(field, "round.calendar.end-before-start"));
            }
        }
    }
}
