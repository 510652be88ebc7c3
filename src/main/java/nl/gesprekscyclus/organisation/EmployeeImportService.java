package nl.gesprekscyclus.organisation;

import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Import from HR-system CSV exports: an employees file, a units file, or both at once (the units are applied first).
 * Check first, then import all rows of both or none. Functioneel beheerder only.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class EmployeeImportService {

    private final EmployeeImporter importer;
    private final AuditTrail audit;

    EmployeeImportService(EmployeeImporter importer, AuditTrail audit) {
        this.importer = importer;
        this.audit = audit;
    }

    /** Reads and checks the employees file; changes nothing. */
    public ImportReport check(byte[] csv) {
        return importer.check(csv);
    }

    /** Reads and checks a units file and an employees file (either may be null); changes nothing. */
    public ImportReport check(byte[] unitsCsv, byte[] employeesCsv) {
        return importer.check(unitsCsv, employeesCsv);
    }

    /** Imports the employees file when every row is right; otherwise changes nothing and reports what is wrong. */
    public ImportReport importEmployees(byte[] csv) {
        return audited(importer.importFile(csv));
    }

    /**
     * Imports a units file and an employees file (either may be null) when every row of both is right; otherwise
     * changes nothing and reports what is wrong.
     */
    public ImportReport importOrganisation(byte[] unitsCsv, byte[] employeesCsv) {
        return audited(importer.importFiles(unitsCsv, employeesCsv));
    }

    private ImportReport audited(ImportReport report) {
        audit.record("EMPLOYEES_IMPORTED", "employee import", null, report.applied() ? AuditTrail.SUCCESS : AuditTrail.FAILURE,
                report.count(ImportReport.Action.NEW) + " new, " + report.count(ImportReport.Action.UPDATE) + " updated, "
                        + report.unitCount(ImportReport.Action.NEW) + " new units, "
                        + report.unitCount(ImportReport.Action.UPDATE) + " updated units, "
                        + report.rowsWithErrors() + " rows with errors");
        return report;
    }
}
