package nl.gesprekscyclus.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.review.AssessmentService;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ProgressService;
import nl.gesprekscyclus.review.ProgressStatus;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code demo} profile and {@code gesprekscyclus.demo.round.enabled=true}): on a start without a
 * round for this year, starts it with a calendar whose windows have (mostly) passed, and drives the reviews
 * through the real services and engine, as the people concerned, into every phase: some still drafting, some
 * in the progress phase, some in the assessment, a few signed off. So "Voortgang" has something to show.
 * Reviews started today get at least 30 days per phase (ReviewDatesPlanner), so the engine's clock runs
 * ahead while the phase timers fire ({@link DemoTime}) and is put back afterwards; the recorded phase moments
 * therefore lie in the coming weeks, and nothing is overdue yet. Runs in the background after start-up; a
 * second start finds the round and does nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.round.enabled", havingValue = "true")
class DemoRound {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    /** The step after which the employee has self-assessed (then the informant's input, then the manager). */
    private static final int SELF_ASSESSED = 7;

    private final RoundService rounds;
    private final PlanningService planning;
    private final CoordinatorInputService input;
    private final ProgressService progress;
    private final AssessmentService assessment;
    private final ReviewReadService reads;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoTime time;
    private final List<String> awaitingAssessmentNumbers;
    private Set<Long> awaitingAssessment = Set.of();

    DemoRound(RoundService rounds, PlanningService planning, CoordinatorInputService input, ProgressService progress,
            AssessmentService assessment, ReviewReadService reads, UserDetailsService users, JdbcTemplate jdbc,
            Clock clock, DemoTime time,
            @Value("${gesprekscyclus.demo.round.awaiting-assessment:}") List<String> awaitingAssessmentNumbers) {
        this.time = time;
        this.awaitingAssessmentNumbers = awaitingAssessmentNumbers.stream().map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        this.rounds = rounds;
        this.planning = planning;
        this.input = input;
        this.progress = progress;
        this.assessment = assessment;
        this.reads = reads;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startInBackground() {
        Thread thread = new Thread(this::run, "demo-round");
        thread.setDaemon(true);
        thread.start();
    }

    void run() {
        try {
            List<String> hr = jdbc.queryForList("select username from user_account where extra_roles like '%HR%'"
                    + " and enabled = true order by username", String.class);
            if (hr.isEmpty()) {
                return;
            }
            as(hr.get(0));
            int year = LocalDate.now(clock).getYear();
            if (rounds.round(year).isPresent()) {
                return;
            }
            log.info("Demo: starting the round of {} with passed windows and driving its reviews", year);
            rounds.startRound(calendar(year), RoundSelection.everyone());
            List<Long> ids = awaitReviews(year);
            awaitingAssessment = awaitingAssessment(year);
            drive(ids);
            log.info("Demo: the round of {} is ready ({} reviews)", year, ids.size());
        } catch (RuntimeException | InterruptedException e) {
            log.warn("Demo: the demo round could not be prepared completely: {}", e.toString());
        } finally {
            time.resetEngineClock();
            SecurityContextHolder.clearContext();
        }
    }

    /** This year's calendar, squeezed so planning and progress have passed and the assessment runs now. */
    RoundCalendar calendar(int year) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate today = LocalDate.now(clock);
        long days = today.toEpochDay() - jan1.toEpochDay();
        if (days < 30) {
            return rounds.defaultCalendar(year); // early January: nothing can have passed yet
        }
        LocalDate planningEnd = jan1.plusDays(days / 3);
        LocalDate progressEnd = jan1.plusDays(2 * days / 3);
        return new RoundCalendar(year, new RoundCalendar.Phase(jan1, planningEnd),
                new RoundCalendar.Phase(planningEnd.plusDays(1), progressEnd),
                new RoundCalendar.Phase(progressEnd.plusDays(1), today.plusDays(30)));
    }

    private List<Long> awaitReviews(int year) throws InterruptedException {
        int expected = rounds.round(year).orElseThrow().getMemberCount();
        for (int i = 0; i < 600; i++) {
            List<Long> ids = jdbc.queryForList("select r.id from review r where r.review_year = ? and exists"
                    + " (select 1 from review_phase_change c where c.review_id = r.id) order by r.id", Long.class, year);
            // members without a review (the top, under Ommen's policy) count as done: the round names them
            Integer without = jdbc.queryForObject("select count(*) from round_member m join review_round r"
                    + " on r.id = m.round_id where r.round_year = ? and m.not_started_reason is not null",
                    Integer.class, year);
            if (ids.size() + (without == null ? 0 : without) >= expected) {
                return ids;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the reviews of " + year + " did not start in time");
    }

    /**
     * Every tenth review stays at each step, so each phase and status has some; the reviews of the demo's walk
     * ({@code gesprekscyclus.demo.round.awaiting-assessment}) stop where their manager assesses next: self-assessed,
     * and the coordinator's input given.
     */
    private void drive(List<Long> ids) throws InterruptedException {
        for (int i = 0; i < ids.size(); i++) {
            int step = step(ids, i);
            long id = ids.get(i);
            quietly(() -> {
                if (step >= 1) {
                    submitDrafts(id);
                }
                if (step >= 2) {
                    finishPlanning(id);
                }
            });
        }
        // the windows of reviews started today lie ahead: let the engine's timers run there for a moment
        time.runEngineClockAt(latest("progress_start", ids));
        awaitPhase(ids, i -> step(ids, i) >= 2, "PROGRESS");
        for (int i = 0; i < ids.size(); i++) {
            int step = step(ids, i);
            long id = ids.get(i);
            if (step >= 4) {
                quietly(() -> {
                    reflect(id);
                    if (step >= 5) {
                        finishProgress(id);
                    }
                });
            }
        }
        time.runEngineClockAt(latest("assessment_start", ids));
        awaitPhase(ids, i -> step(ids, i) >= 5, "ASSESSMENT");
        for (int i = 0; i < ids.size(); i++) {
            int step = step(ids, i);
            long id = ids.get(i);
            if (step >= 7) {
                quietly(() -> {
                    selfAssess(id);
                    // the walk's review goes as far as its manager's turn: the informant has given input too
                    if (step >= 8 || awaitingAssessment.contains(id)) {
                        informantInput(id);
                    }
                    if (step >= 8) {
                        assessAndSign(id);
                    }
                });
            }
        }
    }

    /** How far the i-th review is driven: 0 (nothing done) to 9 (signed off). */
    private int step(List<Long> ids, int i) {
        return awaitingAssessment.contains(ids.get(i)) ? SELF_ASSESSED : i % 10;
    }

    /** The reviews of the employees named in the setting, by review id. */
    private Set<Long> awaitingAssessment(int year) {
        if (awaitingAssessmentNumbers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList("select r.id from review r join employee e on e.id = r.employee_id"
                + " where r.review_year = ? and e.personnel_number in (" + awaitingAssessmentNumbers.stream()
                .map(n -> "?").collect(java.util.stream.Collectors.joining(",")) + ")", Long.class,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(year),
                        awaitingAssessmentNumbers.stream()).toArray()));
    }

    /** The day after the latest date in this column of the reviews, at noon. */
    private java.time.Instant latest(String column, List<Long> ids) {
        LocalDate latest = jdbc.queryForObject("select max(" + column + ") from review where id in ("
                + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")",
                LocalDate.class);
        return latest.plusDays(1).atTime(12, 0).atZone(clock.getZone()).toInstant();
    }

    private void submitDrafts(long id) {
        Map<String, String> people = people(id);
        as(people.get("employee"));
        ReviewDossier dossier = reads.dossier(id);
        String area = dossier.jobProfile() == null || dossier.jobProfile().resultAreas().isEmpty() ? "RG1"
                : dossier.jobProfile().resultAreas().get(0).code();
        planning.saveResultAgreement(id, null, null, new ResultAgreementData(area, null,
                "Bijdrage aan het jaarplan van het cluster", "Besproken in het clusteroverleg",
                LocalDate.now(clock).withDayOfYear(1).plusMonths(11), 100));
        planning.submitDrafts(id);
    }

    private void finishPlanning(long id) {
        Map<String, String> people = people(id);
        if (people.get("coordinator") != null) {
            as(people.get("coordinator"));
            input.submitInput(id);
        }
        as(people.get("manager"));
        planning.setAgreements(id);
        as(people.get("employee"));
        planning.agree(id);
    }

    private void reflect(long id) {
        as(people(id).get("employee"));
        for (ResultAgreement a : reads.dossier(id).resultAgreements()) {
            progress.reflect(id, a.getLineage(), ProgressStatus.ON_TRACK, "Loopt volgens plan.");
        }
        progress.submitReflection(id);
    }

    private void finishProgress(long id) {
        Map<String, String> people = people(id);
        if (people.get("coordinator") != null) {
            as(people.get("coordinator"));
            input.submitInput(id);
        }
        as(people.get("manager"));
        progress.recordConversation(id, LocalDate.now(clock), "Besproken: het jaarplan loopt volgens plan.");
    }

    private void selfAssess(long id) {
        as(people(id).get("employee"));
        for (ResultAgreement a : reads.dossier(id).resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        assessment.submitSelfAssessment(id);
    }

    private void informantInput(long id) {
        String coordinator = people(id).get("coordinator");
        if (coordinator != null) {
            as(coordinator);
            input.submitInput(id);
        }
    }

    private void assessAndSign(long id) {
        Map<String, String> people = people(id);
        as(people.get("manager"));
        ReviewDossier dossier = reads.dossier(id);
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        String level = dossier.scale().levels().get(dossier.scale().levels().size() / 2).code();
        dossier.competencies().forEach(c -> assessment.rateCompetency(id, c.code(), level, null));
        assessment.writeAssessment(id, "goed", "De afspraken zijn behaald.");
        if (people.get("second") != null) {
            // a policy with a second assessor (Middelstad: the afdelingshoofd) reads it before the hand-over
            as(people.get("second"));
            assessment.giveSecondOpinion(id, true, null);
        }
        as(people.get("employee"));
        assessment.noResponse(id);
        assessment.acknowledge(id);
        as(people.get("signer"));
        assessment.signOff(id);
    }

    private void awaitPhase(List<Long> ids, Predicate<Integer> which, String phase) throws InterruptedException {
        List<Long> expected = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (which.test(i)) {
                expected.add(ids.get(i));
            }
        }
        for (int i = 0; i < 240 && !expected.isEmpty(); i++) {
            expected.removeIf(id -> phase.equals(jdbc.queryForObject("select phase from review where id = ?",
                    String.class, id)));
            Thread.sleep(500);
        }
    }

    /** Usernames of the employee, manager, coordinator, second assessor and signer of a review. */
    private Map<String, String> people(long id) {
        Map<String, String> people = new java.util.HashMap<>();
        jdbc.query("select 'employee', u.username from review r join user_account u on u.employee_id = r.employee_id"
                + " where r.id = ? union all select 'manager', u.username from review r join user_account u"
                + " on u.employee_id = r.manager_id where r.id = ? union all select 'coordinator', u.username"
                + " from review r join user_account u on u.employee_id = r.coordinator_id where r.id = ?"
                + " union all select 'second', u.username from review r join user_account u"
                + " on u.employee_id = r.second_assessor_id where r.id = ? union all select 'signer', u.username"
                + " from review r join user_account u on u.employee_id = coalesce(r.sign_off_by_id, r.manager_id)"
                + " where r.id = ?",
                rs -> {
                    people.put(rs.getString(1), rs.getString(2));
                }, id, id, id, id, id);
        return people;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** One review that cannot be driven further (e.g. someone without an account) stays where it is. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.debug("Demo: a review stays where it is: {}", e.toString());
        }
    }
}
