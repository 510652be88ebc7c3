package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Employee import from an HR-system CSV export: check first, then import all rows or none. Functioneel beheerder only. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class EmployeeImportService {

    private final EmployeeImporter importer;
    private final AuditTrail audit;

    EmployeeImportService(EmployeeImporter importer, AuditTrail audit) {
        this.importer = importer;
        this.audit = audit;
    }

    /** Reads and checks the file; changes nothing. */
    public ImportReport check(byte[] csv) {
        return importer.check(csv);
    }

    /** Imports the file when every row is right; otherwise changes nothing and reports what is wrong. */
    public ImportReport importEmployees(byte[] csv) {
        ImportReport report = importer.importFile(csv);
        audit.record("EMPLOYEES_IMPORTED", "employee import", null, report.applied() ? AuditTrail.SUCCESS : AuditTrail.FAILURE,
                report.count(ImportReport.Action.NEW) + " new, " + report.count(ImportReport.Action.UPDATE) + " updated, "
                        + report.rowsWithErrors() + " rows with errors");
        return report;
    }
}
