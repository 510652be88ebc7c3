package nl.gesprekscyclus.organisation;

/** A unit as the rules and an import read it: by code, with its parent's code and its people by personnel number. */
record KnownUnit(Long id, String code, String name, String kind, String parentCode, String managerNumber,
        String deputyNumber) {

    UnitTree.Node node() {
        return new UnitTree.Node(code, name, parentCode, managerNumber, deputyNumber);
    }
}
