package nl.gesprekscyclus.organisation;

/** An employee as a change of the tree recomputes them: unit, override and the effective manager stored now. */
record UnitMember(Long id, String personnelNumber, String unitCode, boolean managerOverride, String managerNumber,
        boolean active, String jobTitleCode) {
}
