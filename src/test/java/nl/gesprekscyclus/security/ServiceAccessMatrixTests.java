package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.checkin.CheckInService;
import nl.gesprekscyclus.functionbook.FunctionBookService;
import nl.gesprekscyclus.monitoring.MonitoringService;
import nl.gesprekscyclus.notification.MailOutboxAdmin;
import nl.gesprekscyclus.notification.MyNotifications;
import nl.gesprekscyclus.organisation.EmployeeImportService;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.EmployeeValidationException;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.organisation.OrganisationService;
import nl.gesprekscyclus.organisation.UnitSummary;
import nl.gesprekscyclus.orreport.OrReport;
import nl.gesprekscyclus.orreport.OrReportExport;
import nl.gesprekscyclus.orreport.OrReportService;
import nl.gesprekscyclus.profile.ProfileService;
import nl.gesprekscyclus.review.DossierOpenings;
import nl.gesprekscyclus.review.InputWorkList;
import nl.gesprekscyclus.review.ManagerQueue;
import nl.gesprekscyclus.review.ManagerQueueService;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.MyTasksService;
import nl.gesprekscyclus.review.ReviewSearch;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.substitution.SubstitutionService;
import nl.gesprekscyclus.substitution.SubstitutionValidationException;
import nl.gesprekscyclus.vlootschouw.PlacementValidationException;
import nl.gesprekscyclus.vlootschouw.VlootschouwService;
import nl.gesprekscyclus.calibration.CalibrationService;
import nl.gesprekscyclus.calibration.CalibrationValidationException;
import nl.gesprekscyclus.workrole.RoleAssignmentService;
import nl.gesprekscyclus.workrole.RoleAssignmentStatus;
import nl.gesprekscyclus.workrole.RoleAssignmentValidationException;
import nl.gesprekscyclus.workrole.RoleOverviewExport;
import nl.gesprekscyclus.workrole.RoleOverviewService;
import nl.gesprekscyclus.test_support.AccessProbe;
import nl.gesprekscyclus.test_support.AccessTable;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The services that are not about one review (src/test/resources/access/services-by-role.csv), called as every
 * relation; each call rolled back. A refusal must be in the audit trail, also one that Spring's
 * {@code @PreAuthorize} makes before the service runs.
 */
@DatabaseTest
class ServiceAccessMatrixTests {

    /** A Wachtrij line to read the page after (its values are enough: the query is limited to the asker's reviews). */
    static final ManagerQueueService.Line QUEUE_LINE = new ManagerQueueService.Line(0, 2000, "A", "0", "U",
            ReviewPhase.PLANNING, null, false, null, false,
            new ManagerQueue.Position("-", "a", "a", ReviewPhase.PLANNING, null));

    /** A drill-down of a round that does not exist, and a line to read the page after (HR's scope is the round). */
    static final nl.gesprekscyclus.monitoring.DrillDown DRILL_DOWN = new nl.gesprekscyclus.monitoring.DrillDown(
            new nl.gesprekscyclus.monitoring.MonitoringScope(0, null, null), ReviewPhase.PLANNING, null);
    static final nl.gesprekscyclus.monitoring.MonitoredReview DRILL_DOWN_LINE =
            new nl.gesprekscyclus.monitoring.MonitoredReview(0, "-", "0", "A", "U", ReviewPhase.PLANNING, null, null,
                    null, null, false, new nl.gesprekscyclus.monitoring.MonitoredReview.Position("A", "A", 0));

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewReadService reading;
    @Autowired
    MyTasksService myTasks;
    @Autowired
    DossierOpenings openings;
    @Autowired
    MyNotifications notifications;
    @Autowired
    ProfileService profiles;
    @Autowired
    FunctionBookService functionBook;
    @Autowired
    InputWorkList inputWorkList;
    @Autowired
    ManagerQueueService managerQueue;
    @Autowired
    ReviewSearch reviewSearch;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    RoundService rounds;
    @Autowired
    OrganisationService organisation;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    MailOutboxAdmin outbox;
    @Autowired
    SubstitutionService substitutions;
    @Autowired
    RoleAssignmentService roleAssignments;
    @Autowired
    RoleOverviewService roleOverview;
    @Autowired
    RoleOverviewExport roleOverviewExport;
    @Autowired
    CheckInService checkIns;
    @Autowired
    VlootschouwService vlootschouw;
    @Autowired
    nl.gesprekscyclus.vlootschouw.VlootschouwMoments moments;
    @Autowired
    CalibrationService calibration;
    @Autowired
    nl.gesprekscyclus.feedback.FeedbackService feedback;
    @Autowired
    OrReportService orReport;
    @Autowired
    OrReportExport orReportExport;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldAllowAndRefuseEveryServiceExactlyAsTheTableSays() {
        AccessTable table = AccessTable.read("/access/services-by-role.csv");
        assertThat(table.columns()).containsExactlyElementsOf(MatrixPeople.PARTIES);
        MatrixPeople.ensure(context);
        AccessProbe probe = new AccessProbe(context);
        Map<String, Runnable> actions = actions();
        assertThat(table.cases()).extracting(c -> c.where() + ";" + c.what()).allMatch(actions::containsKey);
        assertThat(actions.keySet()).allMatch(a -> table.cases().stream()
                .anyMatch(c -> (c.where() + ";" + c.what()).equals(a)));

        List<String> wrong = new ArrayList<>();
        for (AccessTable.Case c : table.cases()) {
            Login.as(users, MatrixPeople.LOGIN.get(c.who()));
            long audited = probe.refusalsAudited();
            // through the gate when only the input is refused
            String outcome = probe.rolledBack(actions.get(c.where() + ";" + c.what()),
                    e -> e instanceof EmployeeValidationException || e instanceof SubstitutionValidationException
                            || e instanceof RoleAssignmentValidationException
                            || e instanceof PlacementValidationException
                            || e instanceof CalibrationValidationException
                            ? "allowed" : null);
            if (!outcome.equals(c.expected())) {
                wrong.add(c + ": expected " + c.expected() + ", got " + outcome);
            } else if (outcome.equals("refused") && probe.refusalsAudited() == audited) {
                wrong.add(c + ": refused but not recorded in the audit trail");
            }
        }
        assertThat(wrong).as("cases that differ from the table").isEmpty();
        System.out.printf("authorization matrix of the services: %d cases%n", table.cases().size());
    }

    /** The employee's unit. */
    private long calibrationUnit() {
        String code = directory.employeeByPersonnelNumber(MatrixPeople.EMPLOYEE_NUMBER).orElseThrow().unitCode();
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** The open session of 2043 for the employee's unit, made once by HR. */
    private long matrixSession(long review) {
        Login.as(users, MatrixPeople.LOGIN.get("HR"));
        try {
            return calibration.sessions().stream().filter(s -> s.year() == 2043 && s.open()).findFirst()
                    .map(CalibrationService.Session::id).orElseGet(() -> calibration.open("Matrixsessie", 2043,
                            LocalDate.of(2043, 11, 1), List.of(calibrationUnit())).id());
        } finally {
            Login.logout();
        }
    }

    private Map<String, Runnable> actions() {
        EmployeeSummary colleague = directory.employeeByPersonnelNumber("420005").orElseThrow();
        Map<String, Runnable> a = new LinkedHashMap<>();
        // the manager (Lotte Leider) and her substitution that every relation tries to end, far ahead so nothing
        // else in this database meets it
        long manager = MatrixPeople.id(context, "420001");
        LocalDate later = LocalDate.now(clock).plusYears(3);
        Login.as(users, MatrixPeople.LOGIN.get("MANAGER"));
        long planned = substitutions.current().stream().filter(l -> l.from().equals(later)).findFirst()
                .map(SubstitutionService.Line::id)
                .orElseGet(() -> substitutions.set(null, colleague.id(), later, later.plusDays(1), null).id());
        Login.logout();
        a.put("SubstitutionService;substitutions I may see", substitutions::current);
        a.put("SubstitutionService;people to choose from", () -> substitutions.people("", 0, 50));
        a.put("SubstitutionService;set a substitute for the manager", () -> substitutions.set(manager, colleague.id(),
                later.plusDays(10), later.plusDays(11), null));
        a.put("SubstitutionService;end a substitution of the manager", () -> substitutions.end(planned));
        // the employee's proposed role that every relation tries to accept, far ahead like the substitution
        Login.as(users, MatrixPeople.LOGIN.get("COORDINATOR"));
        long proposal = roleAssignments.overview(MatrixPeople.EMPLOYEE_NUMBER).lines().stream()
                .filter(l -> l.from().equals(later) && l.status() == RoleAssignmentStatus.PROPOSED).findFirst()
                .map(RoleAssignmentService.Line::id).orElseGet(() -> roleAssignments.propose(MatrixPeople.EMPLOYEE_NUMBER,
                        new RoleAssignmentService.Request("projectleider", later, null, null)).line().id());
        Login.logout();
        a.put("RoleAssignmentService;roles of the employee", () -> roleAssignments.overview(MatrixPeople.EMPLOYEE_NUMBER));
        a.put("RoleAssignmentService;roles of an unknown number", () -> roleAssignments.overview("429999"));
        a.put("RoleAssignmentService;assign a role to the employee", () -> roleAssignments.assign(
                MatrixPeople.EMPLOYEE_NUMBER, new RoleAssignmentService.Request("contractmanager", later, null, 50)));
        a.put("RoleAssignmentService;propose a role for the employee", () -> roleAssignments.propose(
                MatrixPeople.EMPLOYEE_NUMBER, new RoleAssignmentService.Request("opdrachtgever", later, null, null)));
        a.put("RoleAssignmentService;accept a proposal for the employee", () -> roleAssignments.accept(proposal));
        RoleOverviewService.Filter thisYear = new RoleOverviewService.Filter(null, null, LocalDate.now(clock).getYear(),
                null);
        a.put("RoleOverviewService;who fills which role", () -> roleOverview.holders(thisYear, 0, 10));
        a.put("RoleOverviewService;roles without anyone", () -> roleOverview.vacantRoles(thisYear));
        a.put("RoleOverviewService;people without a role", () -> roleOverview.withoutRole(thisYear, 0, 10));
        a.put("RoleOverviewService;changes in the year", () -> roleOverview.changes(thisYear, 0, 10));
        a.put("RoleOverviewService;units", roleOverview::units);
        a.put("RoleOverviewExport;export as Excel", () -> roleOverviewExport.excel(thisYear, key -> key,
                new java.io.ByteArrayOutputStream()));
        a.put("ReviewReadService;my reviews", reading::myReviews);
        a.put("MyTasksService;my tasks", () -> myTasks.page(MyTasksService.Query.everything(), List.of(),
                List.of(), 0, 50));
        a.put("MyTasksService;open", () -> myTasks.open(List.of(), 50));
        a.put("DossierOpenings;openings of my file", openings::ofMyFile);
        a.put("MyNotifications;unread count", notifications::unreadCount);
        a.put("ProfileService;my profile", profiles::myProfile);
        a.put("ProfileService;profile of the employee", () -> profiles.profileOf(MatrixPeople.EMPLOYEE_NUMBER));
        a.put("ProfileService;profile of an unknown number", () -> profiles.profileOf("429999"));
        a.put("FunctionBookService;current book", functionBook::currentBook);
        a.put("FunctionBookService;search profiles", () -> functionBook.searchProfiles("beleid"));
        a.put("InputWorkList;colleagues", inputWorkList::colleagues);
        a.put("ManagerQueueService;count", () -> managerQueue.count(ManagerQueueService.Query.everything()));
        a.put("ManagerQueueService;page", () -> managerQueue.page(ManagerQueueService.Query.everything(), List.of(),
                0, 10));
        a.put("ManagerQueueService;page after a line", () -> managerQueue.pageAfter(
                ManagerQueueService.Query.everything(), List.of(), QUEUE_LINE, 0, 10));
        a.put("ManagerQueueService;page from the end", () -> managerQueue.pageFromEnd(
                ManagerQueueService.Query.everything(), List.of(), 0, 10));
        a.put("ManagerQueueService;units", managerQueue::units);
        a.put("ReviewSearch;count", () -> reviewSearch.count(ReviewSearch.Query.everything()));
        a.put("ReviewSearch;page", () -> reviewSearch.page(ReviewSearch.Query.everything(), 0, 10));
        a.put("ReviewSearch;units", reviewSearch::units);
        a.put("MonitoringService;years", monitoring::years);
        a.put("MonitoringService;remind overdue", () -> monitoring.remindOverdue(List.of()));
        a.put("MonitoringService;drill-down count", () -> monitoring.count(DRILL_DOWN));
        a.put("MonitoringService;drill-down page", () -> monitoring.reviews(DRILL_DOWN, 0, 10));
        a.put("MonitoringService;drill-down page after a line", () -> monitoring.reviewsAfter(DRILL_DOWN,
                DRILL_DOWN_LINE, 0, 10));
        a.put("MonitoringService;drill-down page from the end", () -> monitoring.reviewsFromEnd(DRILL_DOWN, 0, 10));
        a.put("MonitoringService;check-ins per unit", () -> monitoring.checkInsPerUnit(
                new nl.gesprekscyclus.monitoring.MonitoringScope(0, null, null)));
        a.put("RoundService;years", rounds::years);
        a.put("RoundService;overview", () -> rounds.overview(2042));
        a.put("RoundService;look up people", () -> rounds.lookUp(List.of(MatrixPeople.EMPLOYEE_NUMBER)));
        a.put("OrganisationService;employees", () -> organisation.employees(null, Pageable.ofSize(5)));
        a.put("OrganisationService;save employee", () -> organisation.saveEmployee(colleague.id(),
                colleague.version(), colleague.toData()));
        a.put("OrganisationService;coordinators", organisation::coordinators);
        UnitSummary unit = directory.units().stream().filter(u -> u.code().equals("coordinatie")).findFirst()
                .orElseThrow();
        UnitSummary top = directory.units().get(0);
        a.put("OrganisationService;units", organisation::units);
        a.put("OrganisationService;save unit", () -> organisation.saveUnit(unit.id(), unit.version(), unit.toData()));
        a.put("OrganisationService;delete unit", () -> organisation.deleteUnit(top.id(), top.version()));
        a.put("OrganisationService;manager from unit", () -> organisation.managerFromUnit("coordinatie", "420005"));
        a.put("RoundService;units", rounds::units);
        a.put("EmployeeImportService;import units", () -> employeeImport.importOrganisation(
                "code;naam\n".getBytes(StandardCharsets.UTF_8), null));
        a.put("EmployeeImportService;import employees", () -> employeeImport.importEmployees(
                "personeelsnummer;voornaam\n".getBytes(StandardCharsets.UTF_8)));
        a.put("MailOutboxAdmin;unsent mail", outbox::unsent);
        a.put("OrReportService;report for the ondernemingsraad", () -> orReport.report(2042, null, Locale.ROOT));
        a.put("OrReportService;levels", orReport::levels);
        a.put("OrReportExport;download as CSV", () -> orReportExport.csv(new OrReport(2042, null, 5, List.of(),
                List.of(), false), Locale.ROOT, new java.io.ByteArrayOutputStream()));
        // check-ins are about one review (checkin/CheckInServiceTests walks every relation on a review); here what no
        // review decides: one's own private notes, and ids that exist nowhere, refused like forbidden ones
        a.put("CheckInService;my private notes", checkIns::myPrivateNotes);
        a.put("CheckInService;check-ins of an unknown review", () -> checkIns.of(Long.MAX_VALUE));
        a.put("CheckInService;add to an unknown check-in", () -> checkIns.addEntry(Long.MAX_VALUE, "Aanvulling"));
        a.put("CheckInService;tick off an unknown action", () -> checkIns.setActionDone(Long.MAX_VALUE, true));
        a.put("CheckInService;private note on an unknown check-in",
                () -> checkIns.savePrivateNote(Long.MAX_VALUE, "Notitie"));
        // the vlootschouw (issue 20; vlootschouw/VlootschouwServiceTests has the line above and the substitute): the
        // employee's review of the route matrix's year, held by the matrix's manager. Placing it outside the
        // assessment phase is refused as input (allowed through the gate); the employee gets nothing of their own
        // placement on screen under after-session, which is no refusal
        long review = MatrixPeople.review(context, 2043, MatrixPeople.EMPLOYEE_NUMBER);
        a.put("VlootschouwService;the grid", vlootschouw::grid);
        a.put("VlootschouwService;placements of the year", () -> vlootschouw.placed(2043, null));
        a.put("VlootschouwService;units", vlootschouw::units);
        a.put("VlootschouwService;my employees to place", () -> vlootschouw.toPlace(2043));
        a.put("VlootschouwService;placement of the employee", () -> vlootschouw.placementOf(review));
        a.put("VlootschouwService;place the employee", () -> vlootschouw.place(review, "goed", "groei-in-functie",
                "Reden"));
        a.put("VlootschouwService;placement of an unknown review", () -> vlootschouw.placementOf(Long.MAX_VALUE));
        a.put("VlootschouwService;inzage of the employee's placement", () -> vlootschouw.ofMyReview(review));
        a.put("VlootschouwService;own placement of the employee", () -> vlootschouw.ownPlacement(review));
        // the vlootschouw moment of the matrix's year: anyone may read whether it runs (no personal data); only HR
        // opens or ends it (ending one that does not run is refused as input, through the gate)
        LocalDate today = LocalDate.now(clock);
        a.put("VlootschouwMoments;the moment of the year", () -> moments.moment(2043));
        a.put("VlootschouwMoments;open a moment", () -> moments.open(2043, today, today.plusDays(14)));
        a.put("VlootschouwMoments;end the moment", () -> moments.end(2043));
        // calibration sessions (issue 20 item 2; calibration/CalibrationServiceTests has the uninvited manager and the
        // session's people): a session of the route matrix's year for the employee's unit, so her manager is
        // invited. Her review is in planning: a move or a proposal for it is refused as input (through the gate)
        long session = matrixSession(review);
        long employeesUnit = calibrationUnit();
        a.put("CalibrationService;sessions", calibration::sessions);
        a.put("CalibrationService;the session", () -> calibration.session(session));
        a.put("CalibrationService;session of an unknown id", () -> calibration.session(Long.MAX_VALUE));
        a.put("CalibrationService;open a session", () -> calibration.open("Matrixsessie", 2043,
                LocalDate.of(2043, 11, 1), List.of(employeesUnit)));
        a.put("CalibrationService;close the session", () -> calibration.close(session));
        a.put("CalibrationService;move the employee", () -> calibration.move(session, review, "goed",
                "groei-in-functie", "Reden"));
        a.put("CalibrationService;propose a judgement for the employee", () -> calibration.propose(session, review,
                "goed", "Reden"));
        a.put("CalibrationService;proposals of the employee's review", () -> calibration.proposalsFor(review));
        a.put("CalibrationService;decide on an unknown proposal", () -> calibration.decide(Long.MAX_VALUE, true, null));
        a.put("CalibrationService;inzage of the employee's proposals", () -> calibration.ofMyReview(review));
        // feedback likewise (feedback/FeedbackServiceTests walks the relations on a review): one's own requests and
        // given feedback, and ids that exist nowhere
        a.put("FeedbackService;feedback asked of me", feedback::mine);
        a.put("FeedbackService;feedback I gave", feedback::myGivenFeedback);
        a.put("FeedbackService;feedback of an unknown review", () -> feedback.of(Long.MAX_VALUE));
        a.put("FeedbackService;ask about an unknown review", () -> feedback.ask(Long.MAX_VALUE,
                new nl.gesprekscyclus.feedback.FeedbackRequestData(List.of(), "Vraag", null, false, List.of())));
        a.put("FeedbackService;answer an unknown request", () -> feedback.answer(Long.MAX_VALUE, List.of()));
        a.put("FeedbackService;decline an unknown request", () -> feedback.decline(Long.MAX_VALUE, null));
        a.put("MonitoringService;feedback per unit", () -> monitoring.feedbackPerUnit(
                new nl.gesprekscyclus.monitoring.MonitoringScope(0, null, null)));
        return a;
    }
}
