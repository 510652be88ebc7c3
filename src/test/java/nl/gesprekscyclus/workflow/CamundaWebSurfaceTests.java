package nl.gesprekscyclus.workflow;

import static nl.gesprekscyclus.audit.AuditTrail.REFUSED;
import static nl.gesprekscyclus.audit.AuditTrail.SUCCESS;
import static nl.gesprekscyclus.security.CamundaWebSurfaceAudit.COCKPIT_CALL;
import static nl.gesprekscyclus.security.CamundaWebSurfaceAudit.ENGINE_REST_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.gesprekscyclus.audit.AuditEntry;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.browser.Browser;
import nl.gesprekscyclus.browser.LoginPage;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundMembership;
import nl.gesprekscyclus.round.RoundSelection;
import nl.gesprekscyclus.round.RoundService;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.test_support.PlainHttp;
import nl.gesprekscyclus.test_support.ProcessDriver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Camunda 7.24 CE gets no more security fixes: no /engine-rest at all; Cockpit off by default; when an
 * operator switches it on, only ADMIN reaches it through our login, the Admin setup endpoint (which
 * creates an admin without authentication in affected versions) is refused to everyone, and even ADMIN only
 * looks and gives failed jobs their retries back. Every call to Cockpit's APIs and every refusal on Camunda's
 * paths is in the audit trail.
 */
@Tag("browser")
class CamundaWebSurfaceTests {

    static final String SETUP = "/camunda/api/admin/setup/default/user/create";
    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String ENGINE_REST = "/engine-rest/engine";
    /** Camunda's CsrfPreventionFilter wants this header, with the session's token, on every modifying call. */
    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    /** Sessions by port and user: a session outlives the test. */
    static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();
    /** Cockpit's CSRF token by session: Camunda hands it out once, in the answer to the session's first read. */
    static final Map<String, String> CSRF_TOKENS = new ConcurrentHashMap<>();

    static HttpResponse<String> get(int port, String path, String session) throws IOException, InterruptedException {
        return send(port, "GET", path, session, null, null);
    }

    static HttpResponse<String> send(int port, String method, String path, String session, String csrfToken,
            String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session + (csrfToken == null ? "" : "; XSRF-TOKEN=" + csrfToken));
        }
        if (csrfToken != null) {
            // Camunda's CSRF check also wants the request to come from its own origin, as a browser's would
            request.header(CSRF_HEADER, csrfToken).header("Origin", "http://localhost:" + port);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (session != null) {
            response.headers().firstValue(CSRF_HEADER).ifPresent(token -> CSRF_TOKENS.putIfAbsent(session, token));
        }
        return response;
    }

    static HttpResponse<String> postSetup(int port, String session) throws IOException, InterruptedException {
        return send(port, "POST", SETUP, session, null,
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"intruder-123456\"}}");
    }

    /**
     * Logs in through our own login form (posted as vaadin-login-form posts it, with the page's token) and returns
     * the session cookie's value. Over plain HTTP: what these tests ask of Camunda's paths depends on the session,
     * not on how the form was filled in, and a real browser per user took seconds each (the tests that look at
     * Cockpit's pages still use one).
     */
    static String sessionOf(int port, String username) {
        return SESSIONS.computeIfAbsent(port + "/" + username, key -> {
            try {
                String cookie = PlainHttp.to(port).logIn(username, DemoUsers.PASSWORD).sessionCookie();
                return cookie.substring(cookie.indexOf('=') + 1);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    static void logIn(Browser browser, String username) {
        new LoginPage(browser).open().logIn(username, DemoUsers.PASSWORD);
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
    }

    /** The audit entries of one kind for this method and path, newest first. */
    static List<AuditEntry> audited(AuditTrail audit, String action, String method, String path) {
        return audit.latest(action).stream().filter(e -> (method + " " + path).equals(e.record())).toList();
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles({"test", "demo"})
    @TestPropertySource(locations = "classpath:test.properties", properties = "camunda.bpm.webapp.enabled=true")
    @Import(ProcessDriver.class)
    class WhenAnOperatorSwitchesCockpitOn {

        static final int YEAR = LocalDate.now().getYear() + 1;
        static final String REVIEW = YEAR + "/" + DemoUsers.EMPLOYEE_NUMBER;

        @LocalServerPort
        int port;
        @Autowired
        IdentityService identity;
        @Autowired
        ProcessEngine engine;
        @Autowired
        AuditTrail audit;
        @Autowired
        UserDetailsService users;
        @Autowired
        RoundService rounds;
        @Autowired
        RoundMembership membership;
        @Autowired
        ProcessDriver driver;

        /** Cockpit's engine API; tests give every engine a unique name, in the app it is "default". */
        String api(String path) {
            return "/camunda/api/engine/engine/" + engine.getName() + "/" + path;
        }

        /** Sanne de Jong's review of next year, waiting at her first task ("Afspraken opstellen"). */
        Task openTaskOfTheEmployee() {
            Task task = driver.openTask(REVIEW, "draftAgreements");
            if (task != null) {
                return task;
            }
            Login.as(users, DemoUsers.HR);
            try {
                Round round = rounds.round(YEAR).orElseGet(() -> rounds.startRound(rounds.defaultCalendar(YEAR),
                        new RoundSelection(Set.of(), Set.of(DemoUsers.EMPLOYEE_NUMBER))));
                membership.addEmployee(round.getId(), DemoUsers.EMPLOYEE_NUMBER);
                driver.runDueJobsOf(REVIEW, "round-" + YEAR);
            } finally {
                Login.logout();
            }
            return driver.openTask(REVIEW, "draftAgreements");
        }

        /** Cockpit's CSRF token for this session, the way Cockpit gets it: from the answer to a read. */
        String csrfTokenOf(String session) throws Exception {
            if (!CSRF_TOKENS.containsKey(session)) {
                assertThat(get(port, api("process-definition/count"), session).statusCode()).isEqualTo(200);
            }
            return CSRF_TOKENS.get(session);
        }

        @Test
        void shouldSendAnonymousVisitorsToOurLogin() throws Exception {
            HttpResponse<String> response = get(port, COCKPIT, null);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(audited(audit, COCKPIT_CALL, "GET", COCKPIT)).first()
                    .satisfies(e -> {
                        assertThat(e.outcome()).isEqualTo(REFUSED);
                        assertThat(e.actor()).isEqualTo("(anonymous)");
                    });
        }

        @Test
        void shouldLetOnlyTheAdminIntoCockpit() throws Exception {
            String admin = sessionOf(port, DemoUsers.ADMIN);
            HttpResponse<String> cockpit = get(port, "/camunda/app/cockpit/" + engine.getName() + "/", admin);
            assertThat(cockpit.statusCode()).isEqualTo(200);
            assertThat(cockpit.body()).containsIgnoringCase("cockpit");

            for (String user : new String[] {DemoUsers.EMPLOYEE, DemoUsers.MANAGER, DemoUsers.HR}) {
                assertThat(get(port, COCKPIT, sessionOf(port, user)).statusCode()).as(user).isEqualTo(403);
                assertThat(audited(audit, COCKPIT_CALL, "GET", COCKPIT)).as(user)
                        .anySatisfy(e -> {
                            assertThat(e.actor()).isEqualTo(user);
                            assertThat(e.outcome()).isEqualTo(REFUSED);
                        });
            }
        }

        @Test
        void shouldRefuseTheSetupEndpointToEveryoneAndCreateNoUser() throws Exception {
            assertThat(postSetup(port, null).statusCode()).isIn(302, 401, 403);
            assertThat(postSetup(port, sessionOf(port, DemoUsers.ADMIN)).statusCode()).isEqualTo(403);
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
            assertThat(audited(audit, COCKPIT_CALL, "POST", SETUP))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple("(anonymous)", REFUSED),
                            tuple(DemoUsers.ADMIN, REFUSED));
        }

        @Test
        void shouldServeNoEngineRestApiAndAuditEveryRefusal() throws Exception {
            HttpResponse<String> response = get(port, ENGINE_REST, sessionOf(port, DemoUsers.ADMIN));
            assertThat(response.statusCode()).isIn(403, 404);
            assertThat(response.body()).doesNotContain("\"name\":\"default\"");

            assertThat(get(port, ENGINE_REST, sessionOf(port, DemoUsers.EMPLOYEE)).statusCode()).isEqualTo(403);
            assertThat(get(port, ENGINE_REST, null).statusCode()).isIn(302, 401, 403);
            assertThat(audited(audit, ENGINE_REST_CALL, "GET", ENGINE_REST))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple(DemoUsers.ADMIN, REFUSED),
                            tuple(DemoUsers.EMPLOYEE, REFUSED),
                            tuple("(anonymous)", REFUSED));
        }

        @Test
        void shouldNotLetTheAdminDoAnEmployeesTaskOrChangeTheProcessThroughCockpit() throws Exception {
            Task task = openTaskOfTheEmployee();
            assertThat(task.getName()).isEqualTo("Afspraken opstellen");
            String admin = sessionOf(port, DemoUsers.ADMIN);
            String csrf = csrfTokenOf(admin);

            String complete = api("task/" + task.getId() + "/complete");
            HttpResponse<String> completing = send(port, "POST", complete, admin, csrf, "{\"variables\":{}}");

            assertThat(completing.statusCode()).isEqualTo(403);
            assertThat(driver.openTask(REVIEW, "draftAgreements")).isNotNull()
                    .extracting(Task::getId, Task::getAssignee).containsExactly(task.getId(), task.getAssignee());
            assertThat(audited(audit, COCKPIT_CALL, "POST", complete)).first()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(DemoUsers.ADMIN);
                        assertThat(e.outcome()).isEqualTo(REFUSED);
                    });

            // the other ways to move or change someone's review: each refused, and nothing changed
            String instance = task.getProcessInstanceId();
            List<List<String>> changes = List.of(
                    List.of("POST", api("task/" + task.getId() + "/assignee"), "{\"userId\":\"brink\"}"),
                    List.of("POST", api("task/" + task.getId() + "/submit-form"), "{\"variables\":{}}"),
                    List.of("PUT", api("process-instance/" + instance + "/variables/employee"),
                            "{\"value\":\"brink\",\"type\":\"String\"}"),
                    List.of("PUT", api("process-instance/" + instance + "/suspended"), "{\"suspended\":true}"),
                    List.of("DELETE", api("process-instance/" + instance), ""),
                    List.of("POST", api("process-instance/" + instance + "/modification"),
                            "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"draftAgreements\"}]}"),
                    List.of("POST", api("user/create"),
                            "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x-123456789\"}}"));
            for (List<String> change : changes) {
                String method = change.get(0);
                String path = change.get(1);
                String json = change.get(2).isEmpty() ? null : change.get(2);
                assertThat(send(port, method, path, admin, csrf, json).statusCode()).as(method + " " + path)
                        .isEqualTo(403);
                assertThat(audited(audit, COCKPIT_CALL, method, path)).as(method + " " + path)
                        .first().extracting(AuditEntry::outcome).isEqualTo(REFUSED);
            }
            Task after = driver.openTask(REVIEW, "draftAgreements");
            assertThat(after.getAssignee()).isEqualTo(task.getAssignee());
            assertThat(after.isSuspended()).isFalse();
            assertThat(engine.getRuntimeService().getVariable(instance, "employee")).isEqualTo(task.getAssignee());
            assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        }

        @Test
        void shouldLetTheAdminLookAndAuditEachRead() throws Exception {
            Task task = openTaskOfTheEmployee();
            String admin = sessionOf(port, DemoUsers.ADMIN);
            String csrf = csrfTokenOf(admin);

            String taskList = api("task");
            HttpResponse<String> tasks = get(port, taskList + "?processInstanceId=" + task.getProcessInstanceId(),
                    admin);
            assertThat(tasks.statusCode()).isEqualTo(200);
            assertThat(tasks.body()).contains(task.getId());
            String instanceQuery = api("process-instance");
            HttpResponse<String> instances = send(port, "POST", instanceQuery, admin, csrf,
                    "{\"processInstanceIds\":[\"" + task.getProcessInstanceId() + "\"]}");
            assertThat(instances.statusCode()).isEqualTo(200);
            assertThat(instances.body()).contains(task.getProcessInstanceId());

            assertThat(audited(audit, COCKPIT_CALL, "GET", taskList)).first()
                    .satisfies(e -> {
                        assertThat(e.actor()).isEqualTo(DemoUsers.ADMIN);
                        assertThat(e.outcome()).isEqualTo(SUCCESS);
                        assertThat(e.detail()).isEqualTo("HTTP 200");
                    });
            assertThat(audited(audit, COCKPIT_CALL, "POST", instanceQuery)).first()
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .containsExactly(DemoUsers.ADMIN, SUCCESS);
        }

        @Test
        void shouldLetTheAdminGiveAFailedJobItsRetriesBack() throws Exception {
            openTaskOfTheEmployee();
            var management = engine.getManagementService();
            Job job = management.createJobQuery().timers().active().listPage(0, 1).get(0);
            management.setJobRetries(job.getId(), 0); // what three failed attempts leave: an incident
            assertThat(engine.getRuntimeService().createIncidentQuery().configuration(job.getId())
                    .count()).isEqualTo(1);
            String admin = sessionOf(port, DemoUsers.ADMIN);

            String retries = api("job/" + job.getId() + "/retries");
            HttpResponse<String> retry = send(port, "PUT", retries, admin, csrfTokenOf(admin), "{\"retries\":1}");

            assertThat(retry.statusCode()).isEqualTo(204);
            assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
            assertThat(engine.getRuntimeService().createIncidentQuery().configuration(job.getId())
                    .count()).isZero();
            assertThat(audited(audit, COCKPIT_CALL, "PUT", retries)).first()
                    .extracting(AuditEntry::actor, AuditEntry::outcome, AuditEntry::detail)
                    .containsExactly(DemoUsers.ADMIN, SUCCESS, "HTTP 204");
        }

        @Test
        void shouldStillShowCockpitsPagesToTheAdminWithEveryCallAudited() {
            Task task = openTaskOfTheEmployee();
            long start = lastAuditId();
            Map<String, Long> callsPerPage = new LinkedHashMap<>();
            try (Browser browser = new Browser("http://localhost:" + port, 1280, 900)) {
                logIn(browser, DemoUsers.ADMIN);
                String cockpit = "/camunda/app/cockpit/" + engine.getName() + "/#/";
                long before = lastAuditId();
                browser.open(cockpit + "dashboard");
                browser.wait.until(d -> !d.findElements(By.cssSelector("a[href*='#/processes']")).isEmpty());
                callsPerPage.put("dashboard", settled(before));
                before = lastAuditId();
                browser.open(cockpit + "processes");
                browser.wait.until(d -> !d.findElements(By.cssSelector("a[href*='process-definition']")).isEmpty());
                callsPerPage.put("processes", settled(before));
                before = lastAuditId();
                // the page an operator opens for an incident: the diagram, the activity tree, the variables
                browser.open(cockpit + "process-instance/" + task.getProcessInstanceId() + "/runtime");
                browser.wait.until(d -> d.getPageSource().contains("reviewId"));
                callsPerPage.put("process instance", settled(before));
                browser.screenshot("cockpit-process-instance");
            }
            List<AuditEntry> calls = audit.latest(COCKPIT_CALL).stream()
                    .filter(e -> e.id() > start && DemoUsers.ADMIN.equals(e.actor())).toList();
            System.out.println("Cockpit's calls per page, audited: " + callsPerPage);
            calls.forEach(e -> System.out.println("  " + e.outcome() + " " + e.record() + " " + e.detail()));
            assertThat(calls).isNotEmpty().allSatisfy(e -> assertThat(e.outcome()).as(e.record())
                    .isEqualTo(SUCCESS));
            assertThat(calls).extracting(AuditEntry::record).anyMatch(r -> r.startsWith("POST "));
        }

        long lastAuditId() {
            return audit.latest(COCKPIT_CALL).stream().mapToLong(AuditEntry::id).max().orElse(0);
        }

        /** How many calls a page made once it stopped making them (its requests run after it shows). */
        long settled(long before) {
            long count = -1;
            for (int i = 0; i < 20; i++) {
                long now = audit.latest(COCKPIT_CALL).stream().filter(e -> e.id() > before).count();
                if (now == count) {
                    return now;
                }
                count = now;
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return count;
                }
            }
            return count;
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles({"test", "demo"})
    @TestPropertySource(locations = "classpath:test.properties")
    class ByDefault {

        @LocalServerPort
        int port;
        @Autowired
        AuditTrail audit;

        @Test
        void shouldNotServeCockpitOrTheRestApiEvenToTheAdmin() throws Exception {
            String admin = sessionOf(port, DemoUsers.ADMIN);
            assertThat(get(port, COCKPIT, admin).statusCode()).isIn(403, 404);
            assertThat(get(port, ENGINE_REST, admin).statusCode()).isIn(403, 404);
            assertThat(postSetup(port, admin).statusCode()).isIn(403, 404);
        }

        @Test
        void shouldAuditEveryRefusalOnCamundasPaths() throws Exception {
            String employee = sessionOf(port, DemoUsers.EMPLOYEE);
            assertThat(get(port, COCKPIT, employee).statusCode()).isEqualTo(403);
            assertThat(get(port, ENGINE_REST, employee).statusCode()).isEqualTo(403);
            assertThat(get(port, ENGINE_REST, null).statusCode()).isIn(302, 401, 403);
            assertThat(send(port, "POST", "/engine-rest/engine/default/user/create", null, null, "{}").statusCode())
                    .isIn(302, 401, 403);
            // the container decodes %2D to "-": refused, and recorded as the path it is
            assertThat(get(port, "/engine%2Drest/engine/default/task", employee).statusCode()).isEqualTo(403);

            assertThat(audited(audit, COCKPIT_CALL, "GET", COCKPIT))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple(DemoUsers.EMPLOYEE, REFUSED));
            assertThat(audited(audit, ENGINE_REST_CALL, "GET", ENGINE_REST))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple(DemoUsers.EMPLOYEE, REFUSED),
                            tuple("(anonymous)", REFUSED));
            assertThat(audited(audit, ENGINE_REST_CALL, "POST", "/engine-rest/engine/default/user/create"))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple("(anonymous)", REFUSED));
            assertThat(audited(audit, ENGINE_REST_CALL, "GET", "/engine-rest/engine/default/task"))
                    .extracting(AuditEntry::actor, AuditEntry::outcome)
                    .contains(tuple(DemoUsers.EMPLOYEE, REFUSED));
        }
    }
}
