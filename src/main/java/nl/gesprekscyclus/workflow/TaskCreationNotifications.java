package nl.gesprekscyclus.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.gesprekscyclus.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "You have a new task": every user task of every model gets a create listener when the model is parsed, so
 * no .bpmn has to mention it and a new task in a model is covered by itself. The listener records the
 * notification in the engine's transaction; the mail goes out later from the outbox. A complete and a delete
 * listener (a task cancelled by a boundary event or an ended process) mark the task's notifications done in the
 * same transaction, so the bell never shows a finished step as a new or late task.
 */
@Component
class TaskCreationNotifications extends AbstractProcessEnginePlugin {

    /** Notifications needs JPA, which is not ready while the engine is being configured: looked up on use. */
    private final ObjectProvider<Notifications> notifications;

    TaskCreationNotifications(ObjectProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCreationNotifications.this::created);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskCreationNotifications.this::ended);
                definition.addTaskListener(TaskListener.EVENTNAME_DELETE, TaskCreationNotifications.this::ended);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void ended(DelegateTask task) {
        notifications.getObject().taskEnded(task.getId());
    }

    private void created(DelegateTask task) {
        Object reviewId = task.getVariable("reviewId");
        if (!(reviewId instanceof Number id)) {
            return; // not a review's task: nothing to tell anyone about in a review
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        notifications.getObject().taskCreated(task.getAssignee(), groups, id.longValue(), task.getTaskDefinitionKey(),
                task.getId(), due);
    }
}
