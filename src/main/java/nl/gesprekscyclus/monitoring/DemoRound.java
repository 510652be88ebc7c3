package nl.gesprekscyclus.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.LevelScale;
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
 * round for this year, starts it on the calendar of cycle.yaml and plays the year that has passed through the
 * real services and engine, as the people concerned, each step at a plausible moment of that calendar
 * ({@link DemoClock}, {@link DemoTime}): the round starts in the first days of the planning window, agreements
 * are made in it, progress conversations in the progress window, assessments in the assessment window. What
 * lies after today is not done, so the phase the reviews are in follows from today's date: on 5 December most
 * are in the assessment, a few stayed behind in an earlier phase (late), some are signed off. So "Voortgang" has
 * something to show. Runs in the background after start-up; a second start finds the round and does nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "gesprekscyclus.demo.round.enabled", havingValue = "true")
class DemoRound {

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    /** How far a review is driven, in the order of the year. */
    enum Step {
        NOTHING, AGREED, REFLECTED, DISCUSSED, SELF_ASSESSED, INFORMED, SIGNED;

        boolean reached(Step step) {
            return compareTo(step) >= 0;
        }
    }

    /**
     * Per ten reviews: one stayed in the planning (nothing submitted), one in the progress phase (reflected, no
     * conversation yet), six in the assessment at its different steps, two signed off.
     */
    private static final List<Step> SPREAD = List.of(Step.NOTHING, Step.REFLECTED, Step.DISCUSSED, Step.DISCUSSED,
            Step.SELF_ASSESSED, Step.SELF_ASSESSED, Step.INFORMED, Step.INFORMED, Step.SIGNED, Step.SIGNED);

    private final RoundService rounds;
    private final PlanningService planning;
    private final CoordinatorInputService input;
    private final ProgressService progress;
    private final AssessmentService assessment;
    private final ReviewReadService reads;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final DemoClock clock;
    private final DemoTime time;
    private final List<String> awaitingAssessmentNumbers;
    private Set<Long> awaitingAssessment = Set.of();

    DemoRound(RoundService rounds, PlanningService planning, CoordinatorInputService input, ProgressService progress,
            AssessmentService assessment, ReviewReadService reads, UserDetailsService users, JdbcTemplate jdbc,
            DemoClock clock, DemoTime time,
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

    /** Synchronized: a second caller (a test) waits until the round is ready, and then finds it. */
    synchronized void run() {
        try {
            List<String> hr = jdbc.queryForList("select username from user_account where extra_roles like '%HR%'"
                    + " and enabled = true order by username", String.class);
            if (hr.isEmpty()) {
                return;
            }
            as(hr.get(0));
            int year = today().getYear();
            if (rounds.round(year).isPresent()) {
                return;
            }
            log.info("Demo: starting the round of {} on its calendar and playing it up to today", year);
            RoundCalendar calendar = rounds.defaultCalendar(year);
            // the round starts on the first working day of the planning window (or today, on new year's day)
            actAt(workday(calendar.planning().start().plusDays(1)), 9);
            rounds.startRound(calendar, RoundSelection.everyone());
            List<Long> ids = awaitReviews(year);
            awaitingAssessment = awaitingAssessment(year);
            drive(ids, calendar);
            log.info("Demo: the round of {} is ready ({} reviews; by phase: {})", year, ids.size(),
                    jdbc.queryForList("select phase || ' ' || count(*) from review where review_year = ?"
                            + " group by phase order by phase", String.class, year));
        } catch (RuntimeException | InterruptedException e) {
            log.warn("Demo: the demo round could not be prepared completely: {}", e.toString());
        } finally {
            clock.actToday();
            if (Duration.between(Instant.now(), clock.today()).abs().compareTo(Duration.ofMinutes(1)) < 0) {
                time.resetEngineClock();
            } else {
                time.runEngineClockAt(clock.today()); // a demo on a configured day: the engine keeps that day
            }
            SecurityContextHolder.clearContext();
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.today(), clock.getZone());
    }

    /**
     * Both clocks stand at this hour of this day, if it is not after today.
     *
     * @return false when the moment lies after today: that step has not been taken yet
     */
    private boolean actAt(LocalDate day, int hour) {
        Instant moment = day.atTime(hour, 0).atZone(clock.getZone()).toInstant();
        if (moment.isAfter(clock.today())) {
            clock.actToday();
            time.runEngineClockAt(clock.today());
            return false;
        }
        clock.actAt(moment);
        time.runEngineClockAt(moment);
        return true;
    }

    private static LocalDate workday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
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
     * The year in order, each step on its own days of the calendar, spread a little over the reviews; a step
     * whose day is still to come is not taken, nor any after it. The reviews of the demo's walk
     * ({@code gesprekscyclus.demo.round.awaiting-assessment}) stop where their manager assesses next: self-assessed,
     * and the coordinator's input given.
     */
    private void drive(List<Long> ids, RoundCalendar calendar) throws InterruptedException {
        RoundCalendar.Phase plan = calendar.planning();
        RoundCalendar.Phase prog = calendar.progress();
        RoundCalendar.Phase assess = calendar.assessment();
        List<Act> planningActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (step(ids, i).reached(Step.AGREED)) {
                planningActs.add(new Act(workday(plan.start().plusDays(14 + i % 10)), 10 + i % 6,
                        () -> submitDrafts(id)));
                planningActs.add(new Act(workday(plan.end().minusDays(14 - i % 10)), 11 + i % 5,
                        () -> finishPlanning(id)));
            }
        }
        // each phase starts by the engine's own timer on its first day
        if (!play(planningActs) || !actAt(prog.start(), 8)) {
            return;
        }
        awaitPhase(ids, i -> step(ids, i).reached(Step.AGREED), "PROGRESS");
        List<Act> progressActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Step step = step(ids, i);
            if (step.reached(Step.REFLECTED)) {
                progressActs.add(new Act(workday(prog.start().plusDays(21 + i % 10)), 10 + i % 6, () -> reflect(id)));
            }
            if (step.reached(Step.DISCUSSED)) {
                progressActs.add(new Act(workday(prog.end().minusDays(21 - i % 10)), 13 + i % 4,
                        () -> finishProgress(id)));
            }
        }
        if (!play(progressActs) || !actAt(assess.start(), 8)) {
            return;
        }
        awaitPhase(ids, i -> step(ids, i).reached(Step.DISCUSSED), "ASSESSMENT");
        List<Act> assessmentActs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Step step = step(ids, i);
            LocalDate day = workday(assess.start().plusDays(7 + i % 5));
            if (step.reached(Step.SELF_ASSESSED)) {
                assessmentActs.add(new Act(day, 10 + i % 6, () -> selfAssess(id)));
            }
            if (step.reached(Step.INFORMED)) {
                assessmentActs.add(new Act(workday(day.plusDays(5)), 14, () -> informantInput(id)));
            }
            if (step.reached(Step.SIGNED)) {
                // the manager, the second assessor, the employee and the signer, each a few days later
                int n = i;
                assessmentActs.add(new Act(workday(day.plusDays(10)), 10, () -> assess(id, n)));
                assessmentActs.add(new Act(workday(day.plusDays(11)), 11, () -> secondOpinion(id)));
                assessmentActs.add(new Act(workday(day.plusDays(14)), 9, () -> acknowledge(id)));
                assessmentActs.add(new Act(workday(day.plusDays(15)), 15, () -> signOff(id)));
            }
        }
        play(assessmentActs);
    }

    /** One step of one review, at an hour of a day. */
    private record Act(LocalDate day, int hour, Runnable action) {
    }

    /**
     * The steps in the order of their moments.
     *
     * @return false when it stopped at a step after today
     */
    private boolean play(List<Act> acts) {
        acts.sort(java.util.Comparator.comparing(Act::day).thenComparing(Act::hour));
        for (Act act : acts) {
            if (!actAt(act.day(), act.hour())) {
                return false;
            }
            quietly(act.action());
        }
        return true;
    }

    /** How far the i-th review is driven. */
    private Step step(List<Long> ids, int i) {
        return awaitingAssessment.contains(ids.get(i)) ? Step.INFORMED : SPREAD.get(i % SPREAD.size());
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

    /**
     * The manager scores the results as achieved and rates each competency at the level the profile expects,
     * one of them a level above in every other review: an overall "goed" that agrees with its ratings.
     */
    private void assess(long id, int n) {
        as(people(id).get("manager"));
        ReviewDossier dossier = reads.dossier(id);
        for (ResultAgreement a : dossier.resultAgreements()) {
            assessment.scoreAgreement(id, a.getLineage(), "behaald", null);
        }
        List<LevelScale.Level> levels = dossier.scale().highestFirst();
        Map<String, String> expected = new java.util.HashMap<>();
        if (dossier.jobProfile() != null) {
            dossier.jobProfile().competencies().forEach(c -> expected.put(c.competency(), c.level()));
        }
        boolean oneAbove = n % 2 == 1;
        for (Competency c : dossier.competencies()) {
            int rank = dossier.scale().rank(expected.get(c.code()));
            if (rank < 0) {
                rank = levels.size() / 2;
            }
            if (oneAbove && rank > 0) {
                rank--;
                oneAbove = false;
            }
            assessment.rateCompetency(id, c.code(), levels.get(rank).code(), null);
        }
        assessment.writeAssessment(id, "goed", "De afspraken zijn behaald; de competenties zijn op het verwachte"
                + " niveau getoond.");
    }

    /** A policy with a second assessor (Middelstad: the afdelingshoofd): read before the hand-over. */
    private void secondOpinion(long id) {
        String second = people(id).get("second");
        if (second != null) {
            as(second);
            assessment.giveSecondOpinion(id, true, null);
        }
    }

    private void acknowledge(long id) {
        as(people(id).get("employee"));
        assessment.noResponse(id);
        assessment.acknowledge(id);
    }

    private void signOff(long id) {
        as(people(id).get("signer"));
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
