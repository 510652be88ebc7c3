package nl.gesprekscyclus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which of Camunda's calls Cockpit may make: reads, queries and retries pass; anything that does someone's work,
 * changes a process, deploys or manages users does not. (CamundaWebSurfaceTests makes some of these calls against
 * the running app; this table checks many more in milliseconds.)
 */
class CockpitAllowListTests {

    static final String ENGINE = "/camunda/api/engine/engine/default/";

    final CockpitAllowList allowList = new CockpitAllowList();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, " + ENGINE + "task",
            "GET, " + ENGINE + "process-instance/42/activity-instances",
            "HEAD, " + ENGINE + "incident",
            "OPTIONS, " + ENGINE + "task",
            "GET, /camunda/app/cockpit/default/",
            "GET, /camunda/api/admin/auth/user/default",
            "POST, " + ENGINE + "process-instance",
            "POST, " + ENGINE + "process-instance/count",
            "POST, " + ENGINE + "task/count",
            "POST, " + ENGINE + "history/activity-instance",
            "POST, " + ENGINE + "history/detail",
            "POST, " + ENGINE + "job-definition/count",
            "POST, /camunda/api/cockpit/plugin/base/default/incident",
            "POST, /camunda/api/cockpit/plugin/base/default/process-definition/42/called-process-definitions",
            "PUT, " + ENGINE + "job/42/retries",
            "POST, " + ENGINE + "job/retries",
            "PUT, " + ENGINE + "job-definition/42/retries",
            "POST, " + ENGINE + "process-instance/job-retries",
            "PUT, " + ENGINE + "external-task/42/retries",
            "POST, " + ENGINE + "external-task/retries-async",
            "POST, /camunda/api/admin/auth/user/default/logout",
    })
    void shouldLetCockpitLookAndRetry(String method, String path) {
        assertThat(allowList.matches(new MockHttpServletRequest(method, path))).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "POST, " + ENGINE + "task/42/complete",
            "POST, " + ENGINE + "task/42/submit-form",
            "POST, " + ENGINE + "task/42/claim",
            "POST, " + ENGINE + "task/42/assignee",
            "PUT, " + ENGINE + "task/42",
            "POST, " + ENGINE + "task/42/variables",
            "PUT, " + ENGINE + "task/42/localVariables/x",
            "DELETE, " + ENGINE + "task/42",
            "DELETE, " + ENGINE + "process-instance/42",
            "POST, " + ENGINE + "process-instance/delete",
            "PUT, " + ENGINE + "process-instance/42/suspended",
            "PUT, " + ENGINE + "process-instance/42/variables/x",
            "POST, " + ENGINE + "process-instance/42/modification",
            "POST, " + ENGINE + "process-instance/variables-async",
            "POST, " + ENGINE + "process-definition/42/start",
            "POST, " + ENGINE + "process-definition/42/restart",
            "POST, " + ENGINE + "message",
            "POST, " + ENGINE + "signal",
            "POST, " + ENGINE + "deployment/create",
            "DELETE, " + ENGINE + "deployment/42",
            "POST, " + ENGINE + "migration/execute",
            "POST, " + ENGINE + "job/42/execute",
            "PUT, " + ENGINE + "job/42/duedate",
            "PUT, " + ENGINE + "job/42/suspended",
            "DELETE, " + ENGINE + "job/42",
            "POST, " + ENGINE + "external-task/42/complete",
            "POST, " + ENGINE + "external-task/fetchAndLock",
            "PUT, " + ENGINE + "incident/42/annotation",
            "DELETE, " + ENGINE + "history/process-instance/42",
            "POST, " + ENGINE + "history/cleanup",
            "POST, " + ENGINE + "user/create",
            "PUT, " + ENGINE + "user/brink/credentials",
            "POST, " + ENGINE + "authorization/create",
            "POST, " + ENGINE + "group/create",
            "POST, " + ENGINE + "identity/verify",
            "POST, " + ENGINE + "filter/42/list",
            "PATCH, " + ENGINE + "task/42",
            "POST, /camunda/api/admin/auth/user/default/login/cockpit",
            "POST, /camunda/api/admin/setup/default/user/create",
            // another spelling of an allowed call is not the allowed call
            "POST, " + ENGINE + "process-instance/",
            "PUT, " + ENGINE + "job/42/retries/",
            "PUT, " + ENGINE + "job/42/Retries",
            "POST, " + ENGINE + "task/42/complete/count",
    })
    void shouldRefuseEverythingThatChangesWork(String method, String path) {
        assertThat(allowList.matches(new MockHttpServletRequest(method, path))).isFalse();
    }
}
