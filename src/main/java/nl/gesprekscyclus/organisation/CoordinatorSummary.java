package nl.gesprekscyclus.organisation;

/** A holder of the coördinatiemodule with the number of active colleagues they coordinate. */
public record CoordinatorSummary(EmployeeSummary coordinator, long coordinatedColleagues) {
}
