package nl.gesprekscyclus.test_support;

import java.time.LocalDate;

/**
 * The years of the tests' rounds, in one place. A round keeps the calendar, policy and shape it started with, and the
 * Spring tests of one context share one database: two classes that each want the round of one year with another
 * policy or shape get whichever started first, and two classes that take the same person's review of one year get one
 * review between them. So a year whose round has a policy or shape of its own belongs to one class, and a person's
 * review of a year to one class ({@link TestPeople}, checked by {@link ReviewScenario}).
 * <p>
 * The years of rounds and reviews in use (2026-12-07, by grep; a year in two contexts is two rounds, in one context it
 * is one):
 * <table>
 * <caption>years and who uses them</caption>
 * <tr><td>this year</td><td>RoundTests, TasksTestData, RoundViewTests, TwoNodeTests</td></tr>
 * <tr><td>{@link #NEXT}</td><td>the round HR may start now, default policy and shape: many classes, each with
 * employees of its own ({@link TestPeople})</td></tr>
 * <tr><td>2033, 2034</td><td>MonitoringFixture</td></tr>
 * <tr><td>2037</td><td>PinnedReviewMigrationTests (rows written as migration 13 left them, in a schema of its own)</td></tr>
 * <tr><td>2038</td><td>ReviewViewFunctionChangeTests</td></tr>
 * <tr><td>{@link #PINNED_MIGRATION} 2039</td><td>PinnedReviewMigrationTests</td></tr>
 * <tr><td>2040, 2041</td><td>Ui4Reviews (its screen tests, PersonalDataExportTests, calibration),
 * KeyboardOnlyInBrowserTests</td></tr>
 * <tr><td>2042, 2043</td><td>the authorization matrix (MatrixPeople: ReviewAccessByStepTests,
 * ServiceAccessMatrixTests, RouteAccessMatrixTests)</td></tr>
 * <tr><td>{@link #BAD_INPUT} 2045</td><td>ReviewFormsBadInputTests</td></tr>
 * <tr><td>2046, 2047, 2060, 2070</td><td>RoundTests, rounds of their own policy (2046 also MarkupInBrowserTests,
 * another context; 2070 also ReviewViewProgressTests' shaped round, another context)</td></tr>
 * <tr><td>2048</td><td>ReviewViewAssessmentTests (the gemeentesecretaris's own review)</td></tr>
 * <tr><td>2049</td><td>SubstitutionViewTests</td></tr>
 * <tr><td>2051</td><td>SubstitutionTests</td></tr>
 * <tr><td>2052, 2053</td><td>ReviewWithRolesTests</td></tr>
 * <tr><td>2054</td><td>ReviewViewRolesTests</td></tr>
 * <tr><td>2056-2058</td><td>RoleOverviewWorld (the role overview's tests, PersonalDataExportTests)</td></tr>
 * <tr><td>2064</td><td>the check-in tests (CheckInTestClock)</td></tr>
 * <tr><td>2066, 2067</td><td>VlootschouwPeople</td></tr>
 * <tr><td>2068, 2069</td><td>FeedbackServiceTests, FeedbackScreensTests</td></tr>
 * <tr><td>2071, 2072</td><td>SearchPeople (2071 also MailNotificationTests, another context)</td></tr>
 * <tr><td>2075</td><td>OrReportWorld</td></tr>
 * <tr><td>2078, 2079</td><td>CalibrationPeople</td></tr>
 * <tr><td>2080-2085</td><td>DevelopmentPeople (DevelopmentConversationTests, ReviewViewDevelopmentTests)</td></tr>
 * <tr><td>2086-2089</td><td>the feedback round (FeedbackRoundPeople's callers)</td></tr>
 * <tr><td>{@link #SECOND_ASSESSOR_ON_THE_SCREEN} 2090</td><td>ReviewViewAssessmentTests (Bram, under a policy with
 * a second assessor; it shared 2045 with the bad-input tests' round of cycle.yaml's policy in the same context, so
 * the class that ran first decided Bram's line)</td></tr>
 * <tr><td>{@link #SCENARIO} 2091</td><td>ReviewScenarioTests</td></tr>
 * <tr><td>2092</td><td>free</td></tr>
 * <tr><td>2093 (no round), 2094, 2099</td><td>VlootschouwServiceTests, ManagerQueuePagingTests,
 * ManagerQueueScaleTests</td></tr>
 * </table>
 */
public final class TestYears {

    /** The round HR may start today (this year ± 1 only), with cycle.yaml's policy and shape. */
    public static final int NEXT = LocalDate.now().getYear() + 1;
    /** Reviews that started before issue 16: PinnedReviewMigrationTests. */
    public static final int PINNED_MIGRATION = 2039;
    /** The bad-input tests of the review screen's forms: cycle.yaml's policy. */
    public static final int BAD_INPUT = 2045;
    /** A second assessor and the gemeentesecretaris signing off, on the review screen: ReviewViewAssessmentTests. */
    public static final int SECOND_ASSESSOR_ON_THE_SCREEN = 2090;
    /** Two progress conversations, in June and September: ReviewViewProgressTests. */
    public static final int TWO_PROGRESS_CONVERSATIONS = 2070;

    /** The scenario builder's own walk through the year: ReviewScenarioTests. */
    public static final int SCENARIO = 2091;

    private TestYears() {
    }
}
