package nl.gesprekscyclus.organisation;

import java.util.List;

/**
 * Everything one import changed that the running round must hear, published once after every row is saved (in the
 * import's transaction). One event instead of one per row: the round hands joiners and function changes to its
 * own batches and ends leavers' reviews in the background, so a 50,000-row file costs the transaction a few
 * statements instead of 50,000 process messages (docs/performance.md, "Employee import").
 */
public record EmployeeChanges(List<EmployeeChange> changes) {

    public EmployeeChanges {
        changes = List.copyOf(changes);
    }

    public List<Long> joined() {
        return ids(EmployeeChange.Joined.class);
    }

    public List<Long> functionChanged() {
        return ids(EmployeeChange.FunctionChanged.class);
    }

    public List<Long> left() {
        return ids(EmployeeChange.Left.class);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private List<Long> ids(Class<? extends EmployeeChange> kind) {
        return changes.stream().filter(kind::isInstance).map(EmployeeChange::employeeId).toList();
    }
}
