package nl.gesprekscyclus.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.AssessmentPolicy;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import nl.gesprekscyclus.review.ProgressConversations;

/**
 * The jaarronde of one year: its calendar, who it was started for, whether it is open, and the assessment policy of
 * config/cycle.yaml as it was at the start, which every review of the round follows (also joiners and changes); the
 * same for the shape of the cycle ({@link RoundShape}).
 */
@Entity
@Table(name = "review_round")
public class Round {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private String status;

    @Column(name = "planning_start", nullable = false)
    private LocalDate planningStart;

    @Column(name = "planning_end", nullable = false)
    private LocalDate planningEnd;

    @Column(name = "progress_start", nullable = false)
    private LocalDate progressStart;

    @Column(name = "progress_end", nullable = false)
    private LocalDate progressEnd;

    @Column(name = "assessment_start", nullable = false)
    private LocalDate assessmentStart;

    @Column(name = "assessment_end", nullable = false)
    private LocalDate assessmentEnd;

    @Column(nullable = false)
    private String selection;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    @Column(name = "batch_size", nullable = false)
    private int batchSize;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "second_assessor", nullable = false)
    private String secondAssessor;

    @Column(name = "sign_off", nullable = false)
    private String signOff;

    @Column(name = "top_assessor", nullable = false)
    private String topAssessor;

    @Column(name = "hr_advice_to_employee", nullable = false)
    private boolean hrAdviceToEmployee;

    /** Empty: one progress conversation in the progress phase (every round from before the cycle's shape). */
    @Column(name = "progress_windows")
    private String progressWindows;

    @Column(name = "formal_assessment", nullable = false)
    private boolean formalAssessment;

    @Column(name = "feedback_rounds", nullable = false)
    private boolean feedbackRounds;

    @Version
    private long version;

    protected Round() {
    }

    Round(RoundCalendar calendar, RoundSelection selection, AssessmentPolicy policy, RoundShape shape, int batchSize,
            String startedBy, Instant startedAt) {
        this.year = calendar.year();
        this.status = OPEN;
        this.planningStart = calendar.planning().start();
        this.planningEnd = calendar.planning().end();
        this.progressStart = calendar.progress().start();
        this.progressEnd = calendar.progress().end();
        this.assessmentStart = calendar.assessment().start();
        this.assessmentEnd = calendar.assessment().end();
        this.selection = selection.encode();
        this.batchSize = batchSize;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.secondAssessor = policy.secondAssessor();
        this.signOff = policy.signOff();
        this.topAssessor = policy.topAssessor();
        this.hrAdviceToEmployee = policy.adviceVisibleToEmployee();
        this.progressWindows = shape.progressWindows().equals(List.of(calendar.progress())) ? null
                : ProgressConversations.write(shape.progressWindows());
        this.formalAssessment = shape.formalAssessment();
        this.feedbackRounds = shape.feedbackRounds();
    }

    /** The shape of the cycle the round was started with. */
    public RoundShape shape() {
        return new RoundShape(progressWindows == null ? List.of(calendar().progress())
                : ProgressConversations.read(progressWindows), formalAssessment, feedbackRounds);
    }

    /** The assessment policy the round was started with. */
    public AssessmentPolicy policy() {
        return new AssessmentPolicy(secondAssessor, signOff, topAssessor, hrAdviceToEmployee);
    }

    public RoundCalendar calendar() {
        return new RoundCalendar(year, new RoundCalendar.Phase(planningStart, planningEnd),
                new RoundCalendar.Phase(progressStart, progressEnd),
                new RoundCalendar.Phase(assessmentStart, assessmentEnd));
    }

    void selected(int members) {
        this.memberCount = members;
    }

    void close(Instant at) {
        this.status = CLOSED;
        this.closedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getStatus() {
        return status;
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public RoundSelection selection() {
        return RoundSelection.decode(selection);
    }

    public int getMemberCount() {
        return memberCount;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
