package nl.gesprekscyclus.workrole;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByEmployeeIdOrderByFromDescIdDesc(Long employeeId);

    /** Assignments and open proposals running on the day or still to come (not rejected). */
    @Query("select a from RoleAssignment a where a.status <> nl.gesprekscyclus.workrole.RoleAssignmentStatus.REJECTED"
            + " and (a.to is null or a.to >= :day) order by a.employeeId, a.from")
    List<RoleAssignment> runningOrLaterOn(@Param("day") LocalDate day);
}
