package nl.gesprekscyclus.organisation;

import java.time.LocalDate;

/**
 * The editable data of an employee, as the admin form and a CSV import row give it. References to the
 * unit, manager and coordinator are by code and personnel number, as an HR-system export has them. The manager is
 * given only when it is set for this employee (an override); null means: the manager follows from the unit.
 */
public record EmployeeData(
        String personnelNumber,
        String firstName,
        String namePrefix,
        String lastName,
        String email,
        String jobTitleCode,
        String unitCode,
        String managerNumber,
        String coordinatorNumber,
        boolean coordinationModule,
        LocalDate startDate,
        boolean active) {

    // The longest value of each text, in characters; the form, the rules (form and CSV import) and the columns of
    // table employee (V1) all hold to these.
    public static final int MAX_PERSONNEL_NUMBER = 20;
    public static final int MAX_FIRST_NAME = 100;
    public static final int MAX_NAME_PREFIX = 30;
    public static final int MAX_LAST_NAME = 150;
    public static final int MAX_EMAIL = 254;

    /** Trims texts, lower-cases the e-mail address and turns blanks into null, so "" and "  " mean "not given". */
    public EmployeeData normalised() {
        return new EmployeeData(clean(personnelNumber), clean(firstName), clean(namePrefix), clean(lastName),
                email == null ? null : clean(email.toLowerCase(java.util.Locale.ROOT)), clean(jobTitleCode),
                clean(unitCode), clean(managerNumber), clean(coordinatorNumber), coordinationModule, startDate, active);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
