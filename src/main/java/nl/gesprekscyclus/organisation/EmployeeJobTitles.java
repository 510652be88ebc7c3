package nl.gesprekscyclus.organisation;

import java.util.List;
import java.util.Set;
import nl.gesprekscyclus.functionbook.JobTitleHolders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The organisation's answer to the function book's question "who holds a job title I do not have", and the move
 * to a new job title code a mapping file gives. Plain SQL: it runs at start-up, before any screen, and a move is
 * not a change of function (no event reaches the running round; the review stays on its profile).
 */
@Component
class EmployeeJobTitles implements JobTitleHolders {

    private final JdbcTemplate jdbc;

    EmployeeJobTitles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holder> outside(Set<String> jobTitleCodes) {
        return jdbc.query("select id, personnel_number, first_name, name_prefix, last_name, job_title_code, active"
                + " from employee order by personnel_number", (rs, i) -> new Holder(rs.getLong("id"),
                        rs.getString("personnel_number"), EmployeeSummary.fullName(rs.getString("first_name"),
                                rs.getString("name_prefix"), rs.getString("last_name")),
                        rs.getString("job_title_code"), rs.getBoolean("active")))
                .stream().filter(h -> !jobTitleCodes.contains(h.jobTitleCode())).toList();
    }

    @Override
    public void retitle(Holder holder, String newJobTitleCode) {
        // the version moves on, so an edit form opened before the move cannot write the old code back
        jdbc.update("update employee set job_title_code = ?, version = version + 1 where id = ?", newJobTitleCode,
                holder.employeeId());
    }
}
