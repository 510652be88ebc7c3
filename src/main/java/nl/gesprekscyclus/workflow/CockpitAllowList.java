package nl.gesprekscyclus.workflow;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls Cockpit may make: it is for looking and for repairing incidents, not for doing people's work. With
 * the web apps on, an ADMIN could complete an employee's task through {@code /camunda/api/engine} (Tasklist or a
 * hand-made request), change variables, delete or move process instances, deploy models or create Camunda users.
 *
 * <p>Matches reads (GET, HEAD, OPTIONS: Camunda's REST API and the web apps' plugin APIs change nothing on those
 * methods), the POST queries Camunda takes with a JSON body (their names and counts, listed below), the calls that
 * give failed jobs and external tasks their retries back (Cockpit's "Increment number of retries", one job or many
 * at once), and Cockpit's own logout. Everything else is refused before Camunda sees it. The lists come from the
 * JAX-RS resources of camunda-engine-rest-core and camunda-webapp 7.24.0 (every POST, PUT and DELETE, classified by
 * what it does), checked against the calls Cockpit's pages make; a new Camunda version needs the same check
 * (docs/architecture.md, "Who may do what"). An unknown call is refused: a missing entry breaks a Cockpit button,
 * it does not open a door. A path with a trailing slash or any other spelling does not match either.
 *
 * <p>Why not Camunda's own authorizations: they are switched on for the whole engine. The engine then writes
 * authorization rows for every task it assigns in our own processes, the mirrored user would have to leave
 * {@code camunda-admin} (that group passes every check), and the webapps would need grants kept in step with each
 * Camunda version's permissions. One list at the door, in one place, is easier to check.
 */
final class CockpitAllowList implements RequestMatcher {

    private static final String ENGINE = "/camunda/api/engine/engine/*/";
    private static final String COCKPIT_PLUGIN = "/camunda/api/cockpit/plugin/base/*/";

    /** Camunda's queries with a body: {@code POST <resource>} for the list, {@code POST <resource>/count} its size. */
    private static final List<String> ENGINE_QUERIES = List.of("process-instance", "execution", "task", "job",
            "job-definition", "external-task", "variable-instance", "case-instance", "case-execution",
            "history/process-instance", "history/activity-instance", "history/task", "history/variable-instance",
            "history/job-log", "history/external-task-log", "history/case-instance");

    /** Cockpit's own plugin queries (the incidents and process instances lists, called processes). */
    private static final List<String> COCKPIT_QUERIES = List.of("incident", "incident/count", "process-instance",
            "process-instance/count", "process-definition/*/called-process-definitions",
            "process-instance/*/called-process-instances");

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final List<RequestMatcher> allowed = new ArrayList<>();

    CockpitAllowList() {
        var paths = PathPatternRequestMatcher.withDefaults();
        for (String query : ENGINE_QUERIES) {
            allowed.add(paths.matcher(HttpMethod.POST, ENGINE + query));
            allowed.add(paths.matcher(HttpMethod.POST, ENGINE + query + "/count"));
        }
        allowed.add(paths.matcher(HttpMethod.POST, ENGINE + "history/detail"));
        for (String query : COCKPIT_QUERIES) {
            allowed.add(paths.matcher(HttpMethod.POST, COCKPIT_PLUGIN + query));
        }
        // retries, and nothing else: these set a number (and at most a due date) on failed jobs, so the job
        // executor tries them again. Running a job now (job/{id}/execute) is left out: that moves a process on.
        allowed.add(paths.matcher(HttpMethod.PUT, ENGINE + "job/*/retries"));
        allowed.add(paths.matcher(HttpMethod.POST, ENGINE + "job/retries"));
        allowed.add(paths.matcher(HttpMethod.PUT, ENGINE + "job-definition/*/retries"));
        allowed.add(paths.matcher(HttpMethod.POST, ENGINE + "process-instance/job-retries"));
        allowed.add(paths.matcher(HttpMethod.POST, ENGINE + "process-instance/job-retries-historic-query-based"));
        allowed.add(paths.matcher(HttpMethod.PUT, ENGINE + "external-task/*/retries"));
        allowed.add(paths.matcher(HttpMethod.PUT, ENGINE + "external-task/retries"));
        allowed.add(paths.matcher(HttpMethod.POST, ENGINE + "external-task/retries-async"));
        // ends Camunda's view of the session only (the button in Cockpit's menu); our session stays
        allowed.add(paths.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"));
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (READS.contains(HttpMethod.valueOf(request.getMethod()))) {
            return true;
        }
        return allowed.stream().anyMatch(m -> m.matches(request));
    }
}
