package nl.gesprekscyclus.workflow;

import java.time.Duration;
import java.util.Map;
import nl.gesprekscyclus.round.Round;
import nl.gesprekscyclus.round.RoundProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/** The round's process on Camunda 7; business key round-&lt;year&gt;. */
@Component
class CamundaRoundProcess implements RoundProcess {

    private final RuntimeService runtime;
    private final ProcessEngine engine;

    CamundaRoundProcess(RuntimeService runtime, ProcessEngine engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    @Override
    public void start(Round round) {
        runtime.startProcessInstanceByKey(ProcessModels.ROUND, ProcessModels.roundKey(round.getYear()),
                Map.of("roundId", round.getId()));
    }

    @Override
    public boolean startingReviews(Round round) {
        // the start is done when the process waits at "Jaarronde gesloten" (bpmn/round.bpmn): the catch event's
        // subscription exists only from then on; the event sub-processes' subscriptions exist from the start
        return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessModels.ROUND)
                .processInstanceBusinessKey(ProcessModels.roundKey(round.getYear())).active().list().stream()
                .anyMatch(instance -> runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                        .eventType("message").eventName(ProcessModels.ROUND_CLOSED).count() == 0);
    }

    @Override
    public void close(Round round) {
        runtime.createMessageCorrelation(ProcessModels.ROUND_CLOSED)
                .processInstanceBusinessKey(ProcessModels.roundKey(round.getYear())).correlateAll();
    }

    @Override
    public void employeesImported(Round round, int firstBatch, int batchCount) {
        runtime.startProcessInstanceByKey(ProcessModels.ROUND_IMPORT, ProcessModels.roundImportKey(round.getYear()),
                Map.of("roundId", round.getId(), "firstBatch", firstBatch, "batchCount", batchCount));
    }

    @Override
    public void employeeJoined(Round round, String personnelNumber) {
        correlate(ProcessModels.EMPLOYEE_JOINED, round, personnelNumber);
    }

    @Override
    public void employeeChanged(Round round, String personnelNumber) {
        correlate(ProcessModels.EMPLOYEE_FUNCTION_CHANGED, round, personnelNumber);
    }

    /**
     * The batches and review starts are jobs. A killed node's jobs stay locked until their lock expires
     * ({@code camunda.bpm.job-execution.lock-time-in-millis}); an idle job executor looks for due jobs at least every
     * {@code max-wait}. Read from the engine's own job executor: what it really uses.
     */
    @Override
    public Duration resumesAfterRestartWithin() {
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        return Duration.ofMillis(jobs.getLockTimeInMillis() + jobs.getMaxWait());
    }

    private void correlate(String message, Round round, String personnelNumber) {
        // local: two joiners in one moment each keep their own number in their own event sub-process
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(ProcessModels.roundKey(round.getYear()))
                .setVariablesToTriggeredScope(Map.of("personnelNumber", personnelNumber)).correlateAll();
    }
}
