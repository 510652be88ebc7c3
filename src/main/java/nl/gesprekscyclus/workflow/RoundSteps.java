package nl.gesprekscyclus.workflow;

import nl.gesprekscyclus.round.RoundMembership;
import org.springframework.stereotype.Component;

/** Public, because the expression language only calls public classes. The round model's service tasks ({@code ${roundSteps.…}} in bpmn/round.bpmn): thin calls into the round feature. */
@Component("roundSteps")
public class RoundSteps {

    private final RoundMembership membership;

    RoundSteps(RoundMembership membership) {
        this.membership = membership;
    }

    public Integer prepare(Long roundId) {
        return membership.prepare(roundId);
    }

    public void startBatch(Long roundId, Integer loopCounter) {
        membership.startBatch(roundId, loopCounter);
    }

    public void addEmployee(Long roundId, String personnelNumber) {
        membership.addEmployee(roundId, personnelNumber);
    }

    public void updateEmployee(Long roundId, String personnelNumber) {
        membership.updateEmployee(roundId, personnelNumber);
    }

    public void updateImportBatch(Long roundId, Integer batchNumber) {
        membership.updateImportBatch(roundId, batchNumber);
    }

    public void close(Long roundId) {
        membership.close(roundId);
    }
}
