package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** The yearly round: selection, start of the reviews in batches (one job each), late joiners and function changes. */
@Deployment(resources = "bpmn/round.bpmn")
class RoundProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private ProcessInstance startRound(int batchCount) {
        when(roundSteps.prepare(ROUND_ID)).thenReturn(batchCount);
        return runtime.startProcessInstanceByKey("round", "round-2027", Map.of("roundId", ROUND_ID));
    }

    private void closeRound() {
        runtime.createMessageCorrelation("RoundClosed").processInstanceBusinessKey("round-2027").correlate();
    }

    /** Starts the round and runs the job of the multi-instance body (it creates the first batch job, if any). */
    private ProcessInstance startRoundAndOpenBatches(int batchCount) {
        ProcessInstance round = startRound(batchCount);
        assertThat(jobActivities(round)).containsExactly("startReviews#multiInstanceBody");
        executeJobs(round);
        return round;
    }

    @Test
    void startsEachBatchInItsOwnJobThenWaitsUntilTheRoundIsClosed() {
        ProcessInstance round = startRound(3);

        // the start transaction only selects; the multi-instance body waits in its own job (asyncBefore on the activity)
        verify(roundSteps).prepare(ROUND_ID);
        assertThat(round).variables().containsEntry("batchCount", 3);
        assertThat(jobActivities(round)).containsExactly("startReviews#multiInstanceBody");
        executeJobs(round);
        verify(roundSteps, never()).startBatch(anyLong(), anyInt());

        for (int batch = 0; batch < 3; batch++) {
            // exactly one job at a time (asyncBefore on the loop characteristics): batch n+1 is created when n commits
            List<Job> jobs = jobs(round);
            assertThat(jobActivities(round)).containsExactly("startReviews");
            assertThat(jobs.get(0).getRetries()).isEqualTo(3);
            management.executeJob(jobs.get(0).getId());
            verify(roundSteps).startBatch(ROUND_ID, batch);
        }

        assertThat(round).isWaitingAt("roundClosed");
        assertThat(jobs(round)).isEmpty();
        assertThat(timesPassed(round, "startReviews")).isEqualTo(3);

        closeRound();

        InOrder order = inOrder(roundSteps);
        order.verify(roundSteps).prepare(ROUND_ID);
        order.verify(roundSteps).startBatch(ROUND_ID, 0);
        order.verify(roundSteps).startBatch(ROUND_ID, 1);
        order.verify(roundSteps).startBatch(ROUND_ID, 2);
        order.verify(roundSteps).close(ROUND_ID);
        assertThat(round).hasPassedInOrder("roundStarted", "selectEmployees", "startReviews", "roundClosed",
                "closeRound", "roundEnded").isEnded();

        // a closed round takes no joiners any more: the Java glue gets an exception, not a silent no-op
        assertThatThrownBy(() -> runtime.createMessageCorrelation("EmployeeJoined")
                .processInstanceBusinessKey("round-2027").setVariableToTriggeredScope("personnelNumber", "100099")
                .correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
    }

    @Test
    void aRoundWithoutBatchesGoesStraightToWaitingForTheClose() {
        ProcessInstance round = startRoundAndOpenBatches(0);

        assertThat(round).isWaitingAt("roundClosed");
        assertThat(jobs(round)).isEmpty();
        verify(roundSteps, never()).startBatch(anyLong(), anyInt());

        closeRound();

        verify(roundSteps).close(ROUND_ID);
        assertThat(round).hasNotPassed("startReviews").isEnded();
    }

    @Test
    void aFailingBatchIsRetriedOnItsOwnAfterFiveMinutes() {
        ProcessInstance round = startRoundAndOpenBatches(2);
        executeJobs(round); // batch 0
        doThrow(new IllegalStateException("employee register unavailable")).doNothing()
                .when(roundSteps).startBatch(ROUND_ID, 1);

        Job second = jobs(round).get(0);
        assertThatThrownBy(() -> management.executeJob(second.getId()))
                .hasRootCauseMessage("employee register unavailable");

        // failedJobRetryTimeCycle R3/PT5M: two retries left, the next one five minutes later
        Job failed = management.createJobQuery().jobId(second.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getExceptionMessage()).contains("employee register unavailable");
        assertThat(failed.getDuedate()).isEqualTo(plus(NOW, Duration.ofMinutes(5)));
        verify(roundSteps, times(1)).startBatch(ROUND_ID, 0); // the committed batch is not repeated

        moveClockTo(failed.getDuedate());
        management.executeJob(failed.getId());

        verify(roundSteps, times(2)).startBatch(ROUND_ID, 1);
        assertThat(round).isWaitingAt("roundClosed");
    }

    @Test
    void twoConcurrentJoinersEachKeepTheirOwnPersonnelNumber() {
        ProcessInstance round = startRoundAndOpenBatches(0);

        joined("100031");
        joined("100032");

        // each join is its own event sub-process instance with the personnel number as its local variable
        ActivityInstance[] joins = runtime.getActivityInstance(round.getId()).getActivityInstances("employeeJoined");
        assertThat(joins).hasSize(2);
        List<VariableInstance> numbers = runtime.createVariableInstanceQuery().processInstanceIdIn(round.getId())
                .variableName("personnelNumber").list();
        assertThat(numbers).extracting(VariableInstance::getActivityInstanceId)
                .containsExactlyInAnyOrder(joins[0].getId(), joins[1].getId());
        assertThat(numbers).extracting(VariableInstance::getValue).containsExactlyInAnyOrder("100031", "100032");
        assertThat(runtime.getVariablesLocal(round.getId())).doesNotContainKey("personnelNumber");

        // addEmployee is asynchronous: the correlation only records the message, each join runs in its own job
        assertThat(jobActivities(round)).containsExactly("addEmployee", "addEmployee");
        verify(roundSteps, never()).addEmployee(anyLong(), anyString());
        executeJobs(round);

        verify(roundSteps).addEmployee(ROUND_ID, "100031");
        verify(roundSteps).addEmployee(ROUND_ID, "100032");
        assertThat(round).isWaitingAt("roundClosed").hasPassed("employeeJoinedReceived", "addEmployee", "employeeAdded");

        closeRound();
        assertThat(round).isEnded();
    }

    @Test
    void aJoinerDuringTheBatchesIsAddedAlongsideThem() {
        ProcessInstance round = startRoundAndOpenBatches(1);

        joined("100040");

        assertThat(jobActivities(round)).containsExactlyInAnyOrder("startReviews", "addEmployee");
        executeJobs(round);
        verify(roundSteps).startBatch(ROUND_ID, 0);
        verify(roundSteps).addEmployee(ROUND_ID, "100040");
        assertThat(round).isWaitingAt("roundClosed");
    }

    @Test
    void aFunctionChangeUpdatesTheEmployeeInItsOwnJob() {
        ProcessInstance round = startRoundAndOpenBatches(0);

        functionChanged("100031");
        functionChanged("100077");

        assertThat(runtime.getActivityInstance(round.getId()).getActivityInstances("functionChanged")).hasSize(2);
        assertThat(runtime.getVariablesLocal(round.getId())).doesNotContainKey("personnelNumber");
        assertThat(jobActivities(round)).containsExactly("updateEmployee", "updateEmployee");
        verify(roundSteps, never()).updateEmployee(anyLong(), anyString());
        executeJobs(round);

        verify(roundSteps).updateEmployee(ROUND_ID, "100031");
        verify(roundSteps).updateEmployee(ROUND_ID, "100077");
        assertThat(round).isWaitingAt("roundClosed")
                .hasPassed("functionChangedReceived", "updateEmployee", "employeeUpdated");
    }

    /**
     * Documents the correlation API for the Java glue: {@code setVariablesLocal} does NOT reach the event sub-process.
     * It sets the variable on the execution that holds the message subscription, which for an event sub-process is
     * the process instance itself, so a second join overwrites the first. {@code setVariablesToTriggeredScope} is the
     * call that puts the payload into the new event sub-process scope.
     */
    @Test
    void setVariablesLocalPutsThePayloadOnTheProcessInstanceNotOnTheEventSubProcess() {
        ProcessInstance round = startRoundAndOpenBatches(0);

        runtime.createMessageCorrelation("EmployeeJoined").processInstanceBusinessKey("round-2027")
                .setVariablesLocal(Map.of("personnelNumber", "100031")).correlate();
        runtime.createMessageCorrelation("EmployeeJoined").processInstanceBusinessKey("round-2027")
                .setVariablesLocal(Map.of("personnelNumber", "100032")).correlate();

        assertThat(runtime.getVariablesLocal(round.getId())).containsEntry("personnelNumber", "100032");
        executeJobs(round);
        verify(roundSteps, times(2)).addEmployee(ROUND_ID, "100032");
        verify(roundSteps, never()).addEmployee(ROUND_ID, "100031");
    }

    private void joined(String personnelNumber) {
        runtime.createMessageCorrelation("EmployeeJoined").processInstanceBusinessKey("round-2027")
                .setVariablesToTriggeredScope(Map.of("personnelNumber", personnelNumber)).correlate();
    }

    private void functionChanged(String personnelNumber) {
        runtime.createMessageCorrelation("EmployeeFunctionChanged").processInstanceBusinessKey("round-2027")
                .setVariablesToTriggeredScope(Map.of("personnelNumber", personnelNumber)).correlate();
    }
}
