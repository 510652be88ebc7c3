package nl.gesprekscyclus.workrole;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Overload;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Period;
import org.junit.jupiter.api.Test;

/** The rules of a role assignment (issue 18, item 2) as plain functions. */
class RoleAssignmentRulesTests {

    static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2027, 12, 31);

    @Test
    void shouldRefuseASecondPeriodOfTheSameRoleThatOverlapsNamingTheOther() {
        List<Period> others = List.of(period(1L, "projectleider", JAN_1, DEC_31, null, RoleAssignmentStatus.ASSIGNED));

        assertThat(check("projectleider", LocalDate.of(2027, 6, 1), LocalDate.of(2028, 5, 31), null, others))
                .containsExactly(Violation.of("from", "roles.error.overlap", "Rol projectleider", "01-01-2027",
                        "31-12-2027"));
        // the day after, another role in the same period, or a rejected proposal: no overlap
        assertThat(check("projectleider", LocalDate.of(2028, 1, 1), null, null, others)).isEmpty();
        assertThat(check("contractmanager", JAN_1, DEC_31, null, others)).isEmpty();
        assertThat(check("projectleider", JAN_1, DEC_31, null,
                List.of(period(2L, "projectleider", JAN_1, null, null, RoleAssignmentStatus.REJECTED)))).isEmpty();
    }

    @Test
    void shouldTreatAnOpenEndAsRunningForeverAndAProposalAsTaken() {
        List<Period> open = List.of(period(1L, "opdrachtgever", JAN_1, null, null, RoleAssignmentStatus.PROPOSED));

        assertThat(check("opdrachtgever", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), null, open))
                .containsExactly(Violation.of("from", "roles.error.overlapOpen", "Rol opdrachtgever", "01-01-2027"));
        assertThat(check("opdrachtgever", LocalDate.of(2026, 1, 1), null, null, open)).hasSize(1);
        assertThat(check("opdrachtgever", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, open)).isEmpty();
        // a proposal about to be accepted does not overlap itself
        assertThat(RoleAssignmentRules.check(1L, "opdrachtgever", true, true, JAN_1, null, null, open)).isEmpty();
    }

    @Test
    void shouldRefuseMissingOrWrongFieldsEachOnItsField() {
        assertThat(RoleAssignmentRules.check(null, null, false, true, null, null, 0, List.of()))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("role", "roles.error.roleRequired"), tuple("from", "roles.error.required"),
                        tuple("share", "roles.error.share"));
        assertThat(RoleAssignmentRules.check(null, "geen-rol", false, true, DEC_31, JAN_1, 101, List.of()))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("role", "roles.error.unknownRole"), tuple("to", "roles.error.endBeforeStart"),
                        tuple("share", "roles.error.share"));
        assertThat(RoleAssignmentRules.check(null, "projectleider", true, false, JAN_1, null, 100, List.of()))
                .extracting(Violation::messageKey).containsExactly("roles.error.inactive");
    }

    @Test
    void shouldWarnFromTheDayTheSharesAddUpToMoreThanHundredPercent() {
        List<Period> periods = List.of(
                period(1L, "contractmanager", JAN_1, DEC_31, 60, RoleAssignmentStatus.ASSIGNED),
                period(2L, "opdrachtgever", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 30), 30,
                        RoleAssignmentStatus.ASSIGNED),
                period(3L, "projectleider", LocalDate.of(2027, 5, 1), null, 20, RoleAssignmentStatus.ASSIGNED),
                period(4L, "clustercoordinator", JAN_1, null, null, RoleAssignmentStatus.ASSIGNED));

        // 60 + 30 = 90 in April; + 20 = 110 in May and June; 60 + 20 = 80 after June; no share counts for nothing
        assertThat(RoleAssignmentRules.overloads(periods))
                .containsExactly(new Overload(LocalDate.of(2027, 5, 1), 110));
        assertThat(RoleAssignmentRules.overloads(periods.subList(0, 2))).isEmpty();
        assertThat(RoleAssignmentRules.overloads(List.of(
                period(1L, "contractmanager", JAN_1, DEC_31, 100, RoleAssignmentStatus.ASSIGNED),
                period(2L, "opdrachtgever", DEC_31, null, 10, RoleAssignmentStatus.ASSIGNED))))
                .containsExactly(new Overload(DEC_31, 110));
    }

    private static List<Violation> check(String role, LocalDate from, LocalDate to, Integer share, List<Period> others) {
        return RoleAssignmentRules.check(null, role, true, true, from, to, share, others);
    }

    private static Period period(Long id, String role, LocalDate from, LocalDate to, Integer share,
            RoleAssignmentStatus status) {
        return new Period(id, role, "Rol " + role, from, to, share, status);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
