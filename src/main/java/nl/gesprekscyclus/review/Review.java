package nl.gesprekscyclus.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.RoundCalendar;

/**
 * One employee's gesprekscyclus in a year. It keeps who takes part (a snapshot taken at the start: the manager
 * and coordinator follow the organisation; the function book version and profile stay what they were, unless the
 * employee changes function, which is recorded as a {@link ReviewProfileChange}), the dates that drive the
 * process, and where it is. The content people write lives in the agreement, input, rating and assessment records.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Column(name = "review_year", nullable = false)
    private int year;

    /** The process instance's business key: year/personnel number, e.g. 2027/100031. */
    @Column(name = "process_key", nullable = false)
    private String processKey;

    @Column(name = "job_title_code", nullable = false)
    private String jobTitleCode;

    @Column(name = "job_profile_code")
    private String jobProfileCode;

    @Column(name = "function_book_version_id")
    private Long functionBookVersionId;

    @Column(name = "manager_id")
    private Long managerId;

    @Column(name = "coordinator_id")
    private Long coordinatorId;

    @Column(name = "second_assessor_id")
    private Long secondAssessorId;

    @Column(name = "sign_off_by_id")
    private Long signOffById;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "planning_due", nullable = false)
    private LocalDate planningDue;

    @Column(name = "progress_start", nullable = false)
    private LocalDate progressStart;

    @Column(name = "progress_due", nullable = false)
    private LocalDate progressDue;

    @Column(name = "assessment_start", nullable = false)
    private LocalDate assessmentStart;

    @Column(name = "assessment_due", nullable = false)
    private LocalDate assessmentDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewPhase phase;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "ended_reason")
    private String endedReason;

    /**
     * The review's progress conversations as planned at its start ({@link ProgressConversations}); empty: one, from
     * progress start to progress due (every review from before the cycle's shape).
     */
    @Column(name = "progress_windows")
    private String progressWindows;

    /**
     * Whether the year ends with a formal assessment, or else with a development conversation: decided at the start
     * from the round's shape (issue 19), so a changed cycle.yaml never reaches a running review.
     */
    @Column(name = "formal_assessment", nullable = false)
    private boolean formalAssessment = true;

    /** Which progress conversation is the current one (1-based), as the process has reached it. */
    @Column(name = "progress_conversation", nullable = false)
    private int progressConversation = 1;

    /** When the manager set the agreements and asked the employee to agree; cleared by a "niet akkoord". */
    @Column(name = "agreements_set_at")
    private Instant agreementsSetAt;

    @Version
    private long version;

    protected Review() {
    }

    Review(Long roundId, Long employeeId, String personnelNumber, int year, Participants participants,
            ReviewDates dates, Instant startedAt) {
        this.roundId = roundId;
        this.employeeId = employeeId;
        this.year = year;
        this.processKey = year + "/" + personnelNumber;
        apply(participants);
        this.periodStart = dates.periodStart();
        this.periodEnd = dates.periodEnd();
        this.planningDue = dates.planningDue();
        this.progressStart = dates.progressStart();
        this.progressDue = dates.progressDue();
        this.assessmentStart = dates.assessmentStart();
        this.assessmentDue = dates.assessmentDue();
        this.phase = ReviewPhase.PLANNING;
        this.startedAt = startedAt;
    }

    /** Who takes part and on which function: set at the start. */
    public record Participants(String jobTitleCode, String jobProfileCode, Long functionBookVersionId, Long managerId,
            Long coordinatorId) {
    }

    /** The function a review runs on: the job title, its normfunctie, and the book version both are read from. */
    public record Function(String jobTitleCode, String jobProfileCode, Long functionBookVersionId) {
    }

    private void apply(Participants participants) {
        this.jobTitleCode = participants.jobTitleCode();
        this.jobProfileCode = participants.jobProfileCode();
        this.functionBookVersionId = participants.functionBookVersionId();
        follow(participants.managerId(), participants.coordinatorId());
    }

    /** Another manager or coordinator takes over; the function and its book version stay as they are. */
    void follow(Long managerId, Long coordinatorId) {
        this.managerId = managerId;
        this.coordinatorId = coordinatorId;
    }

    /** The employee changed function: from now on the review runs on this one (the old one is recorded apart). */
    void changeFunction(Function next) {
        this.jobTitleCode = next.jobTitleCode();
        this.jobProfileCode = next.jobProfileCode();
        this.functionBookVersionId = next.functionBookVersionId();
    }

    public Function function() {
        return new Function(jobTitleCode, jobProfileCode, functionBookVersionId);
    }

    /**
     * Who assesses, is consulted and signs off, as the round's policy resolved them ({@link AssessmentLines}). The
     * assessor is the manager: the employee's own, or for the top of the organisation whoever the policy names.
     */
    void assign(AssessmentLine.Line line) {
        this.managerId = line.managerId();
        this.secondAssessorId = line.secondAssessorId();
        this.signOffById = line.signOffById();
    }

    void enter(ReviewPhase next) {
        this.phase = next;
    }

    void agreementsSet(Instant at) {
        this.agreementsSetAt = at;
    }

    void agreementsSentBack() {
        this.agreementsSetAt = null;
    }

    void close(Instant at) {
        this.phase = ReviewPhase.CLOSED;
        this.closedAt = at;
    }

    void end(String reason, Instant at) {
        this.phase = ReviewPhase.ENDED;
        this.endedReason = reason;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public int getYear() {
        return year;
    }

    public String getProcessKey() {
        return processKey;
    }

    public String getJobTitleCode() {
        return jobTitleCode;
    }

    public String getJobProfileCode() {
        return jobProfileCode;
    }

    public Long getFunctionBookVersionId() {
        return functionBookVersionId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    /** The second assessor (tweede beoordelaar), or null when nobody is consulted. */
    public Long getSecondAssessorId() {
        return secondAssessorId;
    }

    /**
     * Who signs the assessment off: as resolved, or the manager for a review started before the policy existed
     * (those ran, and run, on "the manager signs off").
     */
    public Long signerId() {
        return signOffById != null ? signOffById : managerId;
    }

    /** Plans the progress conversations (at the start, from the round's shape). */
    void planProgressConversations(List<RoundCalendar.Phase> conversations) {
        this.progressWindows = conversations.size() == 1 ? null : ProgressConversations.write(conversations);
    }

    /** Whether the year ends with a formal assessment (at the start, from the round's shape). */
    void decideFormalAssessment(boolean formalAssessment) {
        this.formalAssessment = formalAssessment;
    }

    /** Whether the year ends with a formal assessment; if not, with a development conversation. */
    public boolean hasFormalAssessment() {
        return formalAssessment;
    }

    /**
     * The steps of this review's year, in order: the assessment or the development conversation. A feedback round
     * is the opening of the assessment ({@link ReviewPhase#stage()}), not a step of its own.
     */
    public java.util.List<ReviewPhase> phases() {
        return ReviewPhase.running(formalAssessment, false);
    }

    /** The progress conversations, in order, with their start and due dates. */
    public List<RoundCalendar.Phase> progressConversations() {
        return progressWindows == null ? List.of(new RoundCalendar.Phase(progressStart, progressDue))
                : ProgressConversations.read(progressWindows);
    }

    /** The number (1-based) of the progress conversation the review is at or last had. */
    public int getProgressConversation() {
        return progressConversation;
    }

    void enterProgressConversation(int number) {
        if (number < 1 || number > progressConversations().size()) {
            throw new IllegalArgumentException("progress conversation " + number + " of "
                    + progressConversations().size());
        }
        this.progressConversation = number;
    }

    public ReviewDates dates() {
        return new ReviewDates(periodStart, periodEnd, planningDue, progressStart, progressDue, assessmentStart,
                assessmentDue);
    }

    public ReviewPhase getPhase() {
        return phase;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAgreementsSetAt() {
        return agreementsSetAt;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public long getVersion() {
        return version;
    }
}
