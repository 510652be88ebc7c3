package nl.gesprekscyclus.calibration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.review.ReviewConversations;
import nl.gesprekscyclus.review.ReviewConversations.Participant;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.AppUser;
import nl.gesprekscyclus.security.CurrentUser;
import nl.gesprekscyclus.security.Roles;
import nl.gesprekscyclus.vlootschouw.SessionPlacements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration sessions (kalibratiesessies, issue 20 item 2). HR opens a session for a year and a set of units (with
 * the units below them); the managers of those units are invited. While it is open, an invited manager or HR moves a
 * vlootschouw placement of a person in those units, or proposes another overall judgement for their review before
 * it is handed over, each with a reason; every change is kept with who, when and why, and audited by id. The review's
 * manager confirms or declines a proposal in their assessment step and writes the judgement as always: the
 * assessment stays theirs. HR closes the session; after that it is read-only.
 *
 * <p>Who sees a session and its people: HR, and the invited managers (the people of the session's units, never
 * their own review). Coordinators, employees, the functioneel beheerder and managers who were not invited are
 * refused, logged and audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CalibrationService {

    /** What a proposal's notification is about: the manager's decision on it ("task.calibrationProposal"). */
    static final String PROPOSAL_TASK_KEY = "calibrationProposal";

    private final CalibrationSessionRepository sessions;
    private final JudgementProposalRepository proposals;
    private final CalibrationQueries queries;
    private final SessionPlacements placements;
    private final OrganisationDirectory directory;
    private final ReviewConversations gate;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final CycleSettings settings;
    private final Notifications notifications;
    private final Clock clock;

    CalibrationService(CalibrationSessionRepository sessions, JudgementProposalRepository proposals,
            CalibrationQueries queries, SessionPlacements placements, OrganisationDirectory directory,
            ReviewConversations gate, CurrentUser currentUser, AccessRefusals refusals, AuditTrail audit,
            CycleSettings settings, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.sessions = sessions;
        this.proposals = proposals;
        this.queries = queries;
        this.placements = placements;
        this.directory = directory;
        this.gate = gate;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * HR opens a session: a name, the year (which must have a round), the date and the units; every unit below a
     * chosen one is in it too, and the managers of all of them are invited, with the managers of the year's reviews
     * of their people (stored as they are today). A broken
     * rule stores nothing.
     */
    @PreAuthorize("hasRole('" + Roles.HR + "')")
    public Session open(String name, int year, LocalDate date, Collection<Long> unitIds) {
        List<UnitSummary> all = directory.units();
        Set<Long> known = all.stream().map(UnitSummary::id).collect(Collectors.toSet());
        List<Violation> violations = CalibrationRules.open(name, year, date, unitIds, known, queries.hasRound(year));
        if (!violations.isEmpty()) {
            throw new CalibrationValidationException(violations);
        }
        Set<Long> chosen = new LinkedHashSet<>(unitIds);
        Set<Long> units = new LinkedHashSet<>();
        chosen.forEach(u -> units.addAll(directory.unitWithSubUnits(u)));
        // the managers of the units, and whoever holds a review of the year there as its manager (a manager set on
        // the person rather than on the unit): they are the ones who confirm what the session proposes
        Set<Long> managers = all.stream().filter(u -> units.contains(u.id()) && u.managerNumber() != null)
                .map(u -> directory.employeeIdByPersonnelNumber(u.managerNumber()))
                .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new));
        managers.addAll(queries.reviewManagers(year, units));
        CalibrationSession session = sessions.save(new CalibrationSession(name.strip(), year, date, chosen, units,
                managers, currentUser.require().getUsername(), clock.instant()));
        audit.record("calibration.session.open", "calibration session " + session.getId(), null, AuditTrail.SUCCESS,
                "units " + units.size() + ", managers " + managers.size());
        return summary(session);
    }

    /** HR closes an open session; from then on nothing in it can change. Closing twice says so. */
    @PreAuthorize("hasRole('" + Roles.HR + "')")
    public Session close(long sessionId) {
        CalibrationSession session = sessions.findById(sessionId)
                .orElseThrow(() -> refusals.refuse("close calibration session", "calibration session " + sessionId));
        if (!session.isOpen()) {
            throw new CalibrationValidationException(List.of(Violation.of("session", "calibration.rule.alreadyClosed")));
        }
        session.close(currentUser.require().getUsername(), clock.instant());
        audit.record("calibration.session.close", "calibration session " + sessionId, null, AuditTrail.SUCCESS, null);
        return summary(session);
    }

    /** The sessions the logged-in person may see: every one for HR, those they are invited to for a manager. */
    @Transactional(readOnly = true)
    public List<Session> sessions() {
        AppUser user = currentUser.require();
        boolean hr = user.hasRole(Roles.HR);
        if (!hr && !user.hasRole(Roles.MANAGER)) {
            throw refusals.refuse("read calibration sessions", "calibration sessions");
        }
        Map<Long, String> unitNames = unitNames();
        return sessions.findAllByOrderByYearDescDateDescIdDesc().stream()
                .filter(s -> hr || (user.employeeId() != null && s.managers().contains(user.employeeId())))
                .map(s -> summary(s, unitNames)).toList();
    }

    /**
     * A session with its people (their written judgement and cell), the distribution per unit and in total against
     * the year before, the proposals and the moves. HR and the invited managers; anyone else refused and audited.
     */
    @Transactional(readOnly = true)
    public SessionDetail session(long sessionId) {
        CalibrationSession session = readable(sessionId, "read calibration session");
        Long self = currentUser.require().employeeId();
        List<CalibrationQueries.PersonRow> now = queries.people(session.getYear(), session.unitIds(), self);
        List<CalibrationQueries.PersonRow> before = queries.people(session.getYear() - 1, session.unitIds(), self);
        Set<Long> visible = now.stream().map(CalibrationQueries.PersonRow::reviewId).collect(Collectors.toSet());
        List<Person> people = now.stream().map(r -> new Person(r.reviewId(), r.name(), r.personnelNumber(), r.unit(),
                r.judgement(), r.handedOver(), r.performance(), r.potential())).toList();
        List<Proposal> proposed = proposals.findBySessionIdOrderById(sessionId).stream()
                .filter(p -> visible.contains(p.getReviewId())).map(JudgementProposal::view).toList();
        List<Move> moves = placements.moves(sessionId).stream().filter(m -> visible.contains(m.reviewId()))
                .map(m -> new Move(m.reviewId(), m.change().oldPerformance(), m.change().oldPotential(),
                        m.change().performance(), m.change().potential(), m.change().reason(), m.change().changedBy(),
                        m.change().changedAt())).toList();
        return new SessionDetail(summary(session), people, distribution(now, before), proposed, moves);
    }

    /**
     * Moves a person of the session on the grid (or places them), with a reason: an invited manager or HR, while the
     * session is open. Recorded in the placement's history with source CALIBRATION and the session.
     */
    public void move(long sessionId, long reviewId, String performance, String potential, String reason) {
        String action = "move placement in calibration session";
        CalibrationSession session = readable(sessionId, action);
        CalibrationQueries.ReviewFacts review = personOf(session, reviewId, action);
        List<Violation> violations = CalibrationRules.change(session, reason);
        long me = actor(violations);
        if (!violations.isEmpty()) {
            throw new CalibrationValidationException(violations);
        }
        long placement = placements.move(sessionId, reviewId, performance, potential, reason, me,
                currentUser.require().displayName());
        // ids only: the cell and the reason are personnel content
        audit.record("calibration.move", "review " + reviewId, review.employeeId(), AuditTrail.SUCCESS,
                "session " + sessionId + ", placement " + placement);
    }

    /**
     * Proposes another overall judgement for a person of the session, with a reason: an invited manager or HR, while
     * the session is open and the review's manager still sets the judgement (before the hand-over).
     */
    public Proposal propose(long sessionId, long reviewId, String judgement, String reason) {
        String action = "propose judgement in calibration session";
        CalibrationSession session = readable(sessionId, action);
        CalibrationQueries.ReviewFacts review = personOf(session, reviewId, action);
        List<Violation> violations = CalibrationRules.change(session, reason);
        boolean open = proposals.findByReviewIdOrderById(reviewId).stream()
                .anyMatch(p -> p.getStatus() == JudgementProposal.Status.PROPOSED);
        CalibrationRules.proposal(violations, review, judgement, judgementCodes(), open);
        long me = actor(violations);
        if (!violations.isEmpty()) {
            throw new CalibrationValidationException(violations);
        }
        JudgementProposal proposal = proposals.save(new JudgementProposal(sessionId, reviewId, review.judgement(),
                judgement, reason.strip(), me, currentUser.require().displayName(), clock.instant()));
        audit.record("calibration.judgement.propose", "review " + reviewId, review.employeeId(), AuditTrail.SUCCESS,
                "session " + sessionId + ", proposal " + proposal.getId());
        // the review's manager decides before the hand-over: the bell and a mail (and their substitute's) say so
        if (review.managerId() != null) {
            String manager = directory.employee(review.managerId()).map(e -> e.personnelNumber()).orElse(null);
            notifications.notifyPerson(manager, reviewId, NotificationKind.CALIBRATION_PROPOSAL, PROPOSAL_TASK_KEY,
                    proposalTaskId(proposal.getId()), manager, null);
        }
        return proposal.view();
    }

    /** The notification's "task" id of a proposal: its dedup key, and how deciding marks it done. */
    private static String proposalTaskId(long proposalId) {
        return "calibration-proposal-" + proposalId;
    }

    /** The proposals of the sessions for one review, for its manager (or their substitute) in the assessment step. */
    @Transactional(readOnly = true)
    public List<Proposal> proposalsFor(long reviewId) {
        gate.asManager(reviewId, "read calibration proposals");
        return proposals.findByReviewIdOrderById(reviewId).stream().map(JudgementProposal::view).toList();
    }

    /**
     * The review's manager (or their substitute) decides on a proposal before the hand-over: confirms it (they then
     * write that judgement in the assessment) or declines it with a reason. Also after the session closed: the
     * decision is the review's, not the session's.
     */
    public Proposal decide(long proposalId, boolean confirm, String reason) {
        String action = "decide on calibration proposal";
        JudgementProposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> refusals.refuse(action, "calibration proposal " + proposalId));
        Participant manager = gate.asManager(proposal.getReviewId(), action);
        CalibrationQueries.ReviewFacts review = queries.review(proposal.getReviewId()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (proposal.getStatus() != JudgementProposal.Status.PROPOSED) {
            violations.add(Violation.of("proposal", "calibration.rule.decided"));
        } else if (review.handedOver()) {
            violations.add(Violation.of("proposal", "calibration.rule.notBeforeHandOver"));
        }
        if (!confirm) {
            CalibrationRules.reason(violations, "reason", reason);
        }
        if (!violations.isEmpty()) {
            throw new CalibrationValidationException(violations);
        }
        proposal.decide(confirm, reason == null || reason.isBlank() ? null : reason.strip(), manager.personId(),
                manager.actorName(), clock.instant());
        notifications.taskEnded(proposalTaskId(proposalId));
        audit.record(confirm ? "calibration.judgement.confirm" : "calibration.judgement.decline",
                "review " + proposal.getReviewId(), review.employeeId(), AuditTrail.SUCCESS,
                "proposal " + proposalId);
        return proposal.view();
    }

    /**
     * The proposals about the logged-in person's own review, for their inzage (AVG art. 15), once the assessment has
     * been handed over to them: before that a proposed judgement is part of the assessment in the making, which the
     * employee does not read yet either (the inzage withholds the manager's assessment until then). Another person's
     * review is refused and audited.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> ofMyReview(long reviewId) {
        String action = "read calibration proposals for inzage";
        CalibrationQueries.ReviewFacts review = queries.review(reviewId)
                .orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        Long me = currentUser.require().employeeId();
        if (me == null || review.employeeId() != me) {
            throw refusals.refuse(action, "review " + reviewId, review.employeeId());
        }
        boolean handedOver = review.handedOver() || "CLOSED".equals(review.phase()) || "ENDED".equals(review.phase());
        List<JudgementProposal> shown = handedOver ? proposals.findByReviewIdOrderById(reviewId) : List.of();
        List<Map<String, Object>> rows = shown.stream().map(p -> {
            Proposal v = p.view();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session_id", v.sessionId());
            row.put("old_judgement", v.oldJudgement());
            row.put("proposed_judgement", v.proposedJudgement());
            row.put("reason", v.reason());
            row.put("proposed_by_name", v.proposedBy());
            row.put("proposed_at", v.proposedAt().toString());
            row.put("status", v.status());
            row.put("decided_by_name", v.decidedBy());
            row.put("decision_reason", v.decisionReason());
            row.put("decided_at", v.decidedAt() == null ? null : v.decidedAt().toString());
            return row;
        }).toList();
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("calibration_judgement_proposal", rows);
        return tables;
    }

    /** A session in a list: what, when, its state, its units (chosen by HR) and its invited managers, by name. */
    public record Session(long id, String name, int year, LocalDate date, String status, List<String> units,
            List<String> managers, String openedBy, Instant openedAt, String closedBy, Instant closedAt) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** One person of a session: the judgement written so far (null: none yet) and their cell (null: not placed). */
    public record Person(long reviewId, String name, String personnelNumber, String unit, String judgement,
            boolean handedOver, String performance, String potential) {
    }

    /** A move on the grid made in the session. */
    public record Move(long reviewId, String oldPerformance, String oldPotential, String performance,
            String potential, String reason, String movedBy, Instant movedAt) {
    }

    /**
     * The counts of one unit (or of all, unit null): overall judgements by code (NONE: not written yet) and cells as
     * "performance|potential" (NONE: not placed), this year and the year before.
     */
    public record Distribution(String unit, Map<String, Long> judgements, Map<String, Long> cells,
            Map<String, Long> judgementsLastYear, Map<String, Long> cellsLastYear) {
    }

    public record SessionDetail(Session session, List<Person> people, List<Distribution> distribution,
            List<Proposal> proposals, List<Move> moves) {
    }

    public static final String NONE = "NONE";

    private static List<Distribution> distribution(List<CalibrationQueries.PersonRow> now,
            List<CalibrationQueries.PersonRow> before) {
        Set<String> units = new java.util.TreeSet<>();
        now.forEach(r -> units.add(r.unit()));
        before.forEach(r -> units.add(r.unit()));
        List<Distribution> result = new ArrayList<>();
        for (String unit : units) {
            result.add(counts(unit, now.stream().filter(r -> r.unit().equals(unit)).toList(),
                    before.stream().filter(r -> r.unit().equals(unit)).toList()));
        }
        result.add(counts(null, now, before));
        return result;
    }

    private static Distribution counts(String unit, List<CalibrationQueries.PersonRow> now,
            List<CalibrationQueries.PersonRow> before) {
        return new Distribution(unit, count(now, CalibrationService::judgementOf), count(now, CalibrationService::cellOf),
                count(before, CalibrationService::judgementOf), count(before, CalibrationService::cellOf));
    }

    private static Map<String, Long> count(List<CalibrationQueries.PersonRow> rows,
            java.util.function.Function<CalibrationQueries.PersonRow, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static String judgementOf(CalibrationQueries.PersonRow r) {
        return r.judgement() == null ? NONE : r.judgement();
    }

    private static String cellOf(CalibrationQueries.PersonRow r) {
        return r.performance() == null ? NONE : r.performance() + "|" + r.potential();
    }

    /** The session, for HR or an invited manager; anyone else (and an unknown id) refused and audited. */
    private CalibrationSession readable(long sessionId, String action) {
        AppUser user = currentUser.require();
        CalibrationSession session = sessions.findById(sessionId)
                .orElseThrow(() -> refusals.refuse(action, "calibration session " + sessionId));
        boolean invited = user.hasRole(Roles.MANAGER) && user.employeeId() != null
                && session.managers().contains(user.employeeId());
        if (!user.hasRole(Roles.HR) && !invited) {
            throw refusals.refuse(action, "calibration session " + sessionId);
        }
        return session;
    }

    /** The review of a person of the session: its year, in one of its units, not the viewer's own; else refused. */
    private CalibrationQueries.ReviewFacts personOf(CalibrationSession session, long reviewId, String action) {
        CalibrationQueries.ReviewFacts review = queries.review(reviewId)
                .orElseThrow(() -> refusals.refuse(action, "review " + reviewId));
        Long me = currentUser.require().employeeId();
        if (review.year() != session.getYear() || review.unitId() == null
                || !session.unitIds().contains(review.unitId()) || (me != null && me == review.employeeId())) {
            throw refusals.refuse(action, "review " + reviewId, review.employeeId());
        }
        return review;
    }

    /** Who makes the change: their employee id (the history names a person); an account without one may not. */
    private long actor(List<Violation> violations) {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            violations.add(Violation.of("session", "calibration.rule.noPerson"));
            return -1;
        }
        return me;
    }

    private Set<String> judgementCodes() {
        return settings.overallJudgements().stream().map(CycleSettings.Judgement::code).collect(Collectors.toSet());
    }

    private Session summary(CalibrationSession s) {
        return summary(s, unitNames());
    }

    /** The list reads the units once for all its sessions, not once per session. */
    private Session summary(CalibrationSession s, Map<Long, String> unitNames) {
        List<String> units = s.chosenUnitIds().stream().map(u -> unitNames.getOrDefault(u, "?")).sorted().toList();
        List<String> managers = directory.employees(s.managers()).stream().map(EmployeeSummary::fullName).sorted()
                .toList();
        return new Session(s.getId(), s.getName(), s.getYear(), s.getDate(), s.getStatus().name(), units, managers,
                s.getOpenedBy(), s.getOpenedAt(), s.getClosedBy(), s.getClosedAt());
    }

    private Map<Long, String> unitNames() {
        return directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
    }
}
