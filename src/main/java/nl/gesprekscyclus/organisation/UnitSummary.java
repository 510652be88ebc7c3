package nl.gesprekscyclus.organisation;

import java.math.BigDecimal;

/**
 * A unit as screens see it: where it hangs (the parent's code, null for the top), who manages it and who deputises,
 * and how many active employees it has itself ({@code ownMembers}) and with its sub-units ({@code allMembers}).
 */
public record UnitSummary(Long id, String code, String name, String kind, String parentCode, String managerNumber,
        String managerName, String deputyNumber, String deputyName, BigDecimal approximateFte, String description,
        long ownMembers, long allMembers, long version) {

    public UnitData toData() {
        return new UnitData(code, name, kind, parentCode, managerNumber, deputyNumber, approximateFte, description);
    }
}
