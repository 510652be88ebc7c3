package nl.gesprekscyclus.organisation;

import java.math.BigDecimal;

/**
 * The editable data of a unit, as the admin form and a row of the units file give it; the parent by code, the
 * manager and the deputy by personnel number. The units file has no size or description: there they are null.
 */
public record UnitData(String code, String name, String kind, String parentCode, String managerNumber,
        String deputyNumber, BigDecimal approximateFte, String description) {

    // the longest texts of a unit, in characters: the form, the rules and table org_unit (V1, V18) hold to them
    public static final int MAX_CODE = 100;
    public static final int MAX_NAME = 200;
    public static final int MAX_KIND = 50;
    public static final int MAX_DESCRIPTION = 2000;

    /** Trims texts and turns blanks into null, so "" and "  " mean "not given". */
    public UnitData normalised() {
        return new UnitData(clean(code), clean(name), clean(kind), clean(parentCode), clean(managerNumber),
                clean(deputyNumber), approximateFte, description == null || description.isBlank() ? null : description);
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
