package nl.gesprekscyclus.round;

import java.util.List;

/**
 * The personnel numbers HR typed for a round, looked up before anything starts: who they are, which numbers name
 * nobody, and which name someone no longer in service (neither would get a review, so the round refuses them by
 * number instead of counting them).
 *
 * @param people the employees in service, in the order typed
 */
public record SelectedPeople(List<Person> people, List<String> unknown, List<Person> notInService) {

    /** An employee by number and name. */
    public record Person(String personnelNumber, String name) {

        /** "Lotte Kramer (100033)". */
        public String label() {
            return name + " (" + personnelNumber + ")";
        }
    }

    public boolean allFound() {
        return unknown.isEmpty() && notInService.isEmpty();
    }
}
