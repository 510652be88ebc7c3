package nl.gesprekscyclus.notification;

import static nl.gesprekscyclus.notification.MailTestReviews.MEIJER;
import static nl.gesprekscyclus.notification.MailTestReviews.POSTMA;
import static nl.gesprekscyclus.notification.MailTestReviews.PRINS;
import static nl.gesprekscyclus.notification.MailTestReviews.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.gesprekscyclus.privacy.PrivacyFixture;
import nl.gesprekscyclus.review.CoordinatorInputService;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.PlanningService;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.MatrixPeople;
import nl.gesprekscyclus.test_support.ProcessDriver;
import nl.gesprekscyclus.test_support.SubstitutePeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The mails people get, received by an in-process SMTP server (GreenMail on the port of test.properties):
 * a new task to its assignee, a reminder and an escalation at the engine-clock moment the timers fire, no
 * duplicates, a mail server that is down, and the daily digest.
 */
@DatabaseTest
@Import({ProcessDriver.class, PrivacyFixture.class})
class MailNotificationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"));

    static final String POSTMA_MAIL = "martijn.postma@ommen.nl";
    static final String BAKKER_MAIL = "annemarie.bakker@ommen.nl";
    static final String TIMMERMAN_MAIL = "esther.timmerman@ommen.nl";
    static final String BERG_MAIL = "marloes.vandenberg@ommen.nl";
    static final String PRINS_MAIL = "judith.prins@ommen.nl";
    static final String MEIJER_MAIL = "linda.meijer@ommen.nl";

    @Autowired
    org.springframework.context.ApplicationContext context;
    MailTestReviews reviews;
    @Autowired
    ProcessDriver driver;
    @Autowired
    OutboxSender sender;
    @Autowired
    DailyDigest digest;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MyNotifications myNotifications;
    @Autowired
    PlanningService planning;
    @Autowired
    UserDetailsService users;
    @Autowired
    nl.gesprekscyclus.organisation.OrganisationDirectory directory;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        reviews = new MailTestReviews(context);
    }

    @AfterEach
    void reset() {
        Login.logout();
        driver.resetClock();
    }

    @Test
    void shouldMailANewTaskToItsAssigneeAndRemindAndEscalateWhenTheTimersFireOnce() throws Exception {
        String key = reviews.start(POSTMA);
        long reviewId = driver.reviewId(key);
        LocalDate due = LocalDate.ofInstant(driver.openTask(key, "draftAgreements").getDueDate().toInstant(),
                ZoneId.systemDefault());
        sender.sendDue(Instant.now());

        MimeMessage assigned = single(POSTMA_MAIL, "Nieuwe taak: Afspraken opstellen (Martijn Postma)");
        assertThat(body(assigned)).contains("Beste Martijn Postma", "Afspraken opstellen",
                "https://gesprekscyclus.test/gesprek/" + reviewId, "1 maart " + YEAR);

        // a day before the reminder is due nothing is sent; the day after, one reminder, however often the
        // timer job and the sender run
        driver.moveClockTo(due.minusDays(8));
        driver.runDueJobsOf(key);
        sender.sendDue(Instant.now());
        assertThat(subjectsTo(POSTMA_MAIL)).noneMatch(s -> s.startsWith("Herinnering"));
        driver.moveClockTo(due.minusDays(6));
        driver.runDueJobsOf(key);
        driver.runDueJobsOf(key);
        sender.sendDue(Instant.now());
        sender.sendDue(Instant.now().plus(Duration.ofHours(1)));
        MimeMessage reminder = single(POSTMA_MAIL, "Herinnering: Afspraken opstellen (Martijn Postma) uiterlijk 1 maart "
                + YEAR);
        assertThat(body(reminder)).contains("https://gesprekscyclus.test/gesprek/" + reviewId);

        // overdue: the manager hears about it, not the employee
        driver.moveClockTo(due.plusDays(4));
        driver.runDueJobsOf(key);
        sender.sendDue(Instant.now());
        MimeMessage late = single(BAKKER_MAIL, "Te laat: Afspraken opstellen (Martijn Postma)");
        assertThat(body(late)).contains("Beste Annemarie Bakker", "gesprek/" + reviewId);
        assertThat(subjectsTo(POSTMA_MAIL)).noneMatch(s -> s.startsWith("Te laat"));
    }

    /**
     * A manager's new task reaches whoever acts for her today as well, saying for whom, by mail and in the bell;
     * the substitute whose period has not begun hears nothing, and the employee's own tasks never go to anyone
     * acting for the manager. A year of its own (2071) for the matrix's employee.
     */
    @Test
    void shouldTellTheSubstituteOfTheManagerAboutHerNewTaskNamensHerAndNotTheOneWhosePeriodHasNotBegun()
            throws Exception {
        int year = 2071;
        SubstitutePeople.ensure(context);
        long reviewId = MatrixPeople.review(context, year, MatrixPeople.EMPLOYEE_NUMBER);
        Login.as(users, "matrix-werknemer");
        planning.saveResultAgreement(reviewId, null, null, new ResultAgreementData("RG1", null, "Nota", "Vastgesteld",
                LocalDate.of(year, 6, 30), null));
        planning.submitDrafts(reviewId);
        Login.as(users, "matrix-coordinator");
        context.getBean(CoordinatorInputService.class).submitInput(reviewId);
        Login.logout();
        sender.sendDue(Instant.now());

        String subject = "Nieuwe taak: Planningsgesprek voeren (Wies Werknemer)";
        assertThat(subjectsTo("leider@ommen.nl")).as("the manager's own mail is unchanged").contains(subject);
        MimeMessage copy = single("vervanger@ommen.nl",
                "Nieuwe taak: Planningsgesprek voeren, namens Lotte Leider (Wies Werknemer)");
        assertThat(body(copy)).contains("Beste Vera Vervanger", "gesprek/" + reviewId);
        assertThat(subjectsTo("later@ommen.nl")).as("Lars Later's period begins in ten days").isEmpty();
        assertThat(subjectsTo("vervanger@ommen.nl")).as("the employee's own first task was hers alone")
                .noneMatch(s -> s.contains("Afspraken opstellen"));

        Login.as(users, SubstitutePeople.INSIDE_LOGIN);
        assertThat(myNotifications.latest()).filteredOn(n -> n.reviewId() == reviewId)
                .extracting(NotificationItem::taskKey, NotificationItem::onBehalfOfName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("planningConversation", "Lotte Leider"));
        Login.as(users, "matrix-leider");
        assertThat(myNotifications.latest()).filteredOn(n -> n.reviewId() == reviewId)
                .extracting(NotificationItem::onBehalfOfName).containsOnlyNulls().isNotEmpty();
    }

    @Test
    void shouldCompleteTheTaskWhenTheMailServerIsDownAndSendTheMailWhenItIsBack() throws Exception {
        String key = reviews.start(PRINS);
        long reviewId = driver.reviewId(key);
        smtp.stop();

        Login.as(users, "prins");
        planning.saveResultAgreement(reviewId, null, null, agreement("RG1", 60));
        planning.saveResultAgreement(reviewId, null, null, agreement("RG2", 40));
        planning.saveDevelopmentAgreement(reviewId, null, null, new DevelopmentAgreementData("Presenteren",
                "training", "zekerder", "minder", "training volgen", "ruimte", "budget", null));
        planning.submitDrafts(reviewId);
        Login.logout();
        assertThat(driver.openTasks(key)).as("the step went through without a mail server")
                .containsExactly("planningInput");

        Instant now = Instant.now();
        sender.sendDue(now);
        OutboxMail waiting = mailOf(timmermanId(), NotificationKind.TASK_ASSIGNED, "planningInput", reviewId);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank();
        assertThat(waiting.nextAttemptAt()).isAfter(now);

        smtp.start();
        sender.sendDue(now);
        assertThat(subjectsTo(TIMMERMAN_MAIL)).as("not before the retry delay").isEmpty();
        sender.sendDue(now.plus(Duration.ofMinutes(2)));
        MimeMessage sent = single(TIMMERMAN_MAIL, "Nieuwe taak: Inbreng geven (planning) (Judith Prins)");
        assertThat(body(sent)).contains("Beste Esther Timmerman", "gesprek/" + reviewId);
        assertThat(mailOf(timmermanId(), NotificationKind.TASK_ASSIGNED, "planningInput", reviewId).status())
                .isEqualTo(MailStatus.SENT);
    }

    @Test
    void shouldSendOneDigestADayWithEverythingInsteadOfSingleMails() throws Exception {
        Login.as(users, "meijer");
        myNotifications.setDailyDigest(true);
        Login.logout();
        String key = reviews.start(MEIJER);
        long reviewId = driver.reviewId(key);
        LocalDate due = LocalDate.ofInstant(driver.openTask(key, "draftAgreements").getDueDate().toInstant(),
                ZoneId.systemDefault());
        driver.moveClockTo(due.minusDays(6));
        driver.runDueJobsOf(key);
        sender.sendDue(Instant.now());
        assertThat(subjectsTo(MEIJER_MAIL)).as("held for the digest").isEmpty();

        LocalDate today = LocalDate.now();
        assertThat(digest.build(today, Instant.now())).isGreaterThanOrEqualTo(1);
        digest.build(today, Instant.now());
        sender.sendDue(Instant.now());
        sender.sendDue(Instant.now());

        assertThat(subjectsTo(MEIJER_MAIL)).hasSize(1).allMatch(s -> s.startsWith("Gesprekscyclus: uw overzicht"));
        String body = body(mailsTo(MEIJER_MAIL).get(0));
        assertThat(body).contains("Beste Linda Meijer", "Nieuwe taak: Afspraken opstellen (Linda Meijer)",
                "Herinnering: Afspraken opstellen (Linda Meijer)", "https://gesprekscyclus.test/gesprek/" + reviewId);
        assertThat(digest.build(today.plusDays(1), Instant.now())).as("nothing left for tomorrow").isZero();
    }

    @Test
    void shouldSendEachMailOnceWhenTwoSendersRunAtTheSameTime() throws Exception {
        long reviewId = reviews.reviewId(PRINS);
        for (int i = 0; i < 30; i++) {
            notifications.notifyPerson(PRINS, reviewId, NotificationKind.REMINDER, "selfAssessment",
                    "parallel-senders-" + i, PRINS, null);
        }
        // two app nodes on one database: both senders start at the same moment on the same due mails
        Instant now = Instant.now();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            Future<Integer> first = nodes.submit(() -> {
                go.await();
                return sender.sendDue(now);
            });
            Future<Integer> second = nodes.submit(() -> {
                go.await();
                return sender.sendDue(now);
            });
            go.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(subjectsTo(PRINS_MAIL)).filteredOn(s -> s.startsWith("Herinnering: Zelfbeoordeling (Judith Prins)"))
                .hasSize(30);
    }

    @Test
    void shouldMailEveryoneInHrAboutAGroupTask() throws Exception {
        long reviewId = reviews.reviewId(PRINS);
        // what the engine's create listener passes for the HR advice (candidateGroups="HR", no assignee)
        notifications.taskCreated(null, List.of("HR"), reviewId, "hrAdvice", "hr-group-" + System.nanoTime(), null);
        sender.sendDue(Instant.now());
        MimeMessage mail = single(BERG_MAIL, "Nieuwe taak: Advies P&O (Judith Prins)");
        assertThat(body(mail)).contains("Beste Marloes van den Berg", "gesprek/" + reviewId);
    }

    @Test
    void shouldMailSomeoneWhoChoseEnglishInEnglishAndTheOthersInDutch() throws Exception {
        long reviewId = reviews.reviewId(PRINS);
        Login.as(users, "prins");
        languages.chooseForLoggedIn(java.util.Locale.ENGLISH);
        Login.logout();
        try {
            Instant due = LocalDate.of(YEAR, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
            notifications.notifyPerson(PRINS, reviewId, NotificationKind.REMINDER, "selfAssessment",
                    "english-" + System.nanoTime(), PRINS, due);
            notifications.notifyPerson("100010", reviewId, NotificationKind.REMINDER, "selfAssessment",
                    "dutch-" + System.nanoTime(), "100010", due);
            sender.sendDue(Instant.now());
            MimeMessage english = single(PRINS_MAIL, "Reminder: Self-assessment (Judith Prins) due 1 March " + YEAR);
            assertThat(body(english)).startsWith("Dear Judith Prins,").contains("Task:     Self-assessment",
                    "Due:      1 March " + YEAR, "gesprek/" + reviewId);
            MimeMessage dutch = single(TIMMERMAN_MAIL, "Herinnering: Zelfbeoordeling (Judith Prins) uiterlijk 1 maart "
                    + YEAR);
            assertThat(body(dutch)).startsWith("Beste Esther Timmerman,");
        } finally {
            context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                    "delete from language_choice where employee_id = ?",
                    directory.employeeByPersonnelNumber(PRINS).orElseThrow().id());
        }
    }

    @Autowired
    nl.gesprekscyclus.security.LanguageChoices languages;

    private long timmermanId() {
        return directory.employeeByPersonnelNumber("100010").orElseThrow().id();
    }

    private OutboxMail mailOf(long recipient, NotificationKind kind, String taskKey, long reviewId) {
        List<Long> ids = myNotificationsOfReview(reviewId, kind, taskKey);
        return outbox.ofRecipient(recipient).stream().filter(m -> ids.contains(m.notificationId())).findFirst()
                .orElseThrow();
    }

    @Autowired
    Notifications notifications;

    private List<Long> myNotificationsOfReview(long reviewId, NotificationKind kind, String taskKey) {
        return notifications.ofReview(reviewId).stream()
                .filter(n -> n.getKind() == kind && n.getTaskKey().equals(taskKey)).map(Notification::getId).toList();
    }

    private MimeMessage single(String to, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mailsTo(to)) {
            if (subject.equals(m.getSubject())) {
                found.add(m);
            }
        }
        assertThat(found).as("mails to " + to + " with subject " + subject + "; all: " + subjectsTo(to)).hasSize(1);
        return found.get(0);
    }

    private static List<MimeMessage> mailsTo(String to) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> subjectsTo(String to) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : mailsTo(to)) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    private static String body(MimeMessage message) throws IOException, MessagingException {
        return (String) message.getContent();
    }

    private static ResultAgreementData agreement(String area, Integer weight) {
        return new ResultAgreementData(area, null, "Resultaat " + area, "Meetbaar criterium voor " + area,
                LocalDate.of(YEAR, 6, 30), weight);
    }
}
