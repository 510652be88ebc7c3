package nl.gesprekscyclus.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * An import's joiners and function changes in the open round: the import only starts this process (its first job
 * waits for the import to commit), then each batch of members runs in a job of its own, retried on its own.
 */
@Deployment(resources = "bpmn/roundImport.bpmn")
class RoundImportProcessTest extends ProcessTestBase {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private ProcessInstance imported(int firstBatch, int batchCount) {
        return runtime.startProcessInstanceByKey("roundImport", "round-2027-import",
                Map.of("roundId", ROUND_ID, "firstBatch", firstBatch, "batchCount", batchCount));
    }

    @Test
    void updatesTheImportsBatchesOneJobEachAfterTheBatchesTheRoundAlreadyHas() {
        ProcessInstance imported = imported(4, 3);

        // the import's transaction only starts the instance: no batch runs in it
        assertThat(jobActivities(imported)).containsExactly("updateImportBatch#multiInstanceBody");
        executeJobs(imported);
        verify(roundSteps, never()).updateImportBatch(anyLong(), anyInt());

        for (int batch = 4; batch < 7; batch++) {
            List<Job> jobs = jobs(imported);
            assertThat(jobActivities(imported)).containsExactly("updateImportBatch");
            assertThat(jobs.get(0).getRetries()).isEqualTo(3);
            management.executeJob(jobs.get(0).getId());
            verify(roundSteps).updateImportBatch(ROUND_ID, batch);
        }

        InOrder order = inOrder(roundSteps);
        order.verify(roundSteps).updateImportBatch(ROUND_ID, 4);
        order.verify(roundSteps).updateImportBatch(ROUND_ID, 5);
        order.verify(roundSteps).updateImportBatch(ROUND_ID, 6);
        assertThat(imported).hasPassedInOrder("roundImportStarted", "updateImportBatch", "roundImportDone").isEnded();
    }

    @Test
    void aFailingBatchIsRetriedOnItsOwnAfterFiveMinutes() {
        ProcessInstance imported = imported(0, 2);
        executeJobs(imported); // the multi-instance body
        executeJobs(imported); // batch 0
        doThrow(new IllegalStateException("database busy")).doNothing().when(roundSteps).updateImportBatch(ROUND_ID, 1);

        Job second = jobs(imported).get(0);
        assertThatThrownBy(() -> management.executeJob(second.getId())).hasRootCauseMessage("database busy");

        Job failed = management.createJobQuery().jobId(second.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isEqualTo(plus(NOW, Duration.ofMinutes(5)));
        verify(roundSteps, times(1)).updateImportBatch(ROUND_ID, 0); // the committed batch is not repeated

        moveClockTo(failed.getDuedate());
        management.executeJob(failed.getId());

        verify(roundSteps, times(2)).updateImportBatch(ROUND_ID, 1);
        assertThat(imported).isEnded();
    }
}
