package nl.gesprekscyclus.workrole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.test_support.DatabaseTest;
import nl.gesprekscyclus.test_support.DemoUsers;
import nl.gesprekscyclus.test_support.Login;
import nl.gesprekscyclus.workrole.RoleAssignmentRules.Overload;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Line;
import nl.gesprekscyclus.workrole.RoleAssignmentService.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles per person per year (issue 18, item 2) with Ommen's demo people: Annemarie Bakker manages Sanne de Jong,
 * Jeroen van der Meer coordinates her, Bart Jansen is a colleague. Each test is rolled back; refusals are audited in
 * a transaction of their own and stay.
 */
@DatabaseTest
@Transactional
class RoleAssignmentServiceTests {

    static final String SANNE = DemoUsers.EMPLOYEE_NUMBER;
    static final String COLLEAGUE = "jansen";

    @Autowired
    RoleAssignmentService roles;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        Login.logout();
    }

    @Test
    void shouldLetTheManagerAssignRolesAndRefuseASecondOverlappingPeriodOfTheSameRole() {
        Login.as(users, DemoUsers.MANAGER);
        roles.assign(SANNE, new Request("projectleider", day(2030, 1, 1), day(2030, 12, 31), null));
        roles.assign(SANNE, new Request("contractmanager", day(2030, 3, 1), null, null));

        assertThatThrownBy(() -> roles.assign(SANNE, new Request("projectleider", day(2030, 6, 1), null, null)))
                .isInstanceOfSatisfying(RoleAssignmentValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("from", "roles.error.overlap", "Projectleider", "01-01-2030",
                                "31-12-2030")));
        // the next year is free again
        roles.assign(SANNE, new Request("projectleider", day(2031, 1, 1), null, null));
        assertThat(roles.overview(SANNE).lines()).extracting(Line::roleCode, Line::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("projectleider", RoleAssignmentStatus.ASSIGNED),
                org.assertj.core.groups.Tuple.tuple("contractmanager", RoleAssignmentStatus.ASSIGNED),
                org.assertj.core.groups.Tuple.tuple("projectleider", RoleAssignmentStatus.ASSIGNED));
    }

    @Test
    void shouldStoreSharesAboveHundredPercentWithAWarningThatStaysVisible() {
        Login.as(users, DemoUsers.MANAGER);
        assertThat(roles.assign(SANNE, new Request("contractmanager", day(2030, 1, 1), day(2030, 12, 31), 70))
                .overloads()).isEmpty();

        RoleAssignmentService.Outcome second = roles.assign(SANNE,
                new Request("opdrachtgever", day(2030, 7, 1), null, 40));

        assertThat(second.line().status()).isEqualTo(RoleAssignmentStatus.ASSIGNED);
        assertThat(second.overloads()).containsExactly(new Overload(day(2030, 7, 1), 110));
        Login.as(users, DemoUsers.EMPLOYEE);
        assertThat(roles.overview(SANNE).overloads()).containsExactly(new Overload(day(2030, 7, 1), 110));
    }

    @Test
    void shouldLetTheCoordinatorProposeAndOnlyTheManagerAcceptOrReject() {
        Login.as(users, DemoUsers.COORDINATOR);
        RoleAssignmentService.Overview asCoordinator = roles.overview(SANNE);
        assertThat(asCoordinator.mayPropose()).isTrue();
        assertThat(asCoordinator.mayAssign()).isFalse();
        Line proposal = roles.propose(SANNE, new Request("projectleider", day(2030, 2, 1), day(2030, 8, 31), 20)).line();
        Line other = roles.propose(SANNE, new Request("opdrachtgever", day(2030, 2, 1), null, null)).line();
        assertThat(proposal.status()).isEqualTo(RoleAssignmentStatus.PROPOSED);
        assertThatThrownBy(() -> roles.assign(SANNE, new Request("contractmanager", day(2030, 1, 1), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.accept(proposal.id())).isInstanceOf(AccessDeniedException.class);

        Login.as(users, DemoUsers.MANAGER);
        assertThat(roles.overview(SANNE).lines()).filteredOn(Line::decidable).hasSize(2);
        assertThat(roles.accept(proposal.id()).line().status()).isEqualTo(RoleAssignmentStatus.ASSIGNED);
        roles.reject(other.id());
        assertThatThrownBy(() -> roles.accept(other.id())).isInstanceOf(RoleAssignmentValidationException.class);

        assertThat(roles.overview(SANNE).lines()).extracting(Line::roleCode, Line::status, Line::createdBy,
                Line::decidedBy).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("projectleider", RoleAssignmentStatus.ASSIGNED, DemoUsers.COORDINATOR,
                        DemoUsers.MANAGER),
                org.assertj.core.groups.Tuple.tuple("opdrachtgever", RoleAssignmentStatus.REJECTED, DemoUsers.COORDINATOR,
                        DemoUsers.MANAGER));
        assertThat(audited("role.accept", AuditTrail.SUCCESS)).isEqualTo(1);
    }

    @Test
    void shouldRefuseSomeoneWithoutARelationAndAnUnknownNumberAndAuditEveryRefusal() {
        Login.as(users, DemoUsers.MANAGER);
        long proposalId = roles.assign(SANNE, new Request("projectleider", day(2030, 1, 1), null, null)).line().id();
        long before = refusalsAboutSanne();

        Login.as(users, COLLEAGUE);
        assertThatThrownBy(() -> roles.overview(SANNE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.assign(SANNE, new Request("opdrachtgever", day(2030, 1, 1), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.propose(SANNE, new Request("opdrachtgever", day(2030, 1, 1), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.end(proposalId, day(2030, 6, 30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.overview("999999")).isInstanceOf(AccessDeniedException.class);

        assertThat(refusalsAboutSanne() - before).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where outcome = ? and action = 'read roles'"
                + " and record = 'employee 999999'", Long.class, AuditTrail.REFUSED)).isPositive();
        // HR reads status, not people's roles: no relation, no roles
        Login.as(users, DemoUsers.HR);
        assertThatThrownBy(() -> roles.overview(SANNE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldKeepAPersonsRolesOverTheYearsForThemAndTheirManagerWithWhoDidWhat() {
        Login.as(users, DemoUsers.MANAGER);
        Line y2028 = roles.assign(SANNE, new Request("projectleider", day(2028, 1, 1), day(2028, 12, 31), 50)).line();
        Line y2029 = roles.assign(SANNE, new Request("contractmanager", day(2029, 1, 1), null, 60)).line();
        Line ended = roles.end(y2029.id(), day(2029, 9, 30));
        assertThat(ended.status()).isEqualTo(RoleAssignmentStatus.ENDED);
        assertThatThrownBy(() -> roles.end(y2028.id(), day(2029, 1, 1)))
                .isInstanceOfSatisfying(RoleAssignmentValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("roles.error.endOutsidePeriod"));
        roles.assign(SANNE, new Request("opdrachtgever", day(2030, 1, 1), null, null));

        Login.as(users, DemoUsers.EMPLOYEE);
        RoleAssignmentService.Overview own = roles.overview(SANNE);
        assertThat(own.mayAssign()).isFalse();
        assertThat(own.mayPropose()).isFalse();
        assertThat(own.lines()).extracting(Line::roleName, Line::from, Line::to, Line::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Opdrachtgever", day(2030, 1, 1), null, RoleAssignmentStatus.ASSIGNED),
                org.assertj.core.groups.Tuple.tuple("Contractmanager", day(2029, 1, 1), day(2029, 9, 30),
                        RoleAssignmentStatus.ENDED),
                org.assertj.core.groups.Tuple.tuple("Projectleider", day(2028, 1, 1), day(2028, 12, 31),
                        RoleAssignmentStatus.ASSIGNED));
        assertThat(own.lines()).noneMatch(l -> l.decidable() || l.endable());
        assertThat(own.lines().get(1).endedBy()).isEqualTo(DemoUsers.MANAGER);
        assertThatThrownBy(() -> roles.end(own.lines().get(0).id(), day(2030, 12, 31)))
                .isInstanceOf(AccessDeniedException.class);
        Login.as(users, DemoUsers.MANAGER);
        assertThat(roles.overview(SANNE).lines()).hasSize(3);
    }

    private long refusalsAboutSanne() {
        return jdbc.queryForObject("select count(*) from audit_event a join employee e on e.id = a.subject_employee_id"
                + " where a.outcome = ? and e.personnel_number = ?", Long.class, AuditTrail.REFUSED, SANNE);
    }

    private long audited(String action, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_event a join employee e on e.id = a.subject_employee_id"
                + " where a.action = ? and a.outcome = ? and e.personnel_number = ?", Long.class, action, outcome, SANNE);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
