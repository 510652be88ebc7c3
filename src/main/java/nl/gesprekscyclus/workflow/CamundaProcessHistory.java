package nl.gesprekscyclus.workflow;

import java.util.List;
import nl.gesprekscyclus.privacy.ProcessHistory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A review's engine history, found by its business key: the review process and its phase sub-processes all carry
 * it (bpmn/review.bpmn). Runs in the caller's transaction (the engine joins Spring's).
 */
@Component
class CamundaProcessHistory implements ProcessHistory {

    private final HistoryService history;

    CamundaProcessHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public int deleteEnded(String processKey) {
        List<String> ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(processKey)
                .finished().list().stream().map(HistoricProcessInstance::getId).toList();
        if (!ended.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(ended);
        }
        return ended.size();
    }
}
