package nl.gesprekscyclus.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.security.SsoRefusal.Reason;

/**
 * Who someone who signed in at the identity provider is here: the employee their claim names, with the roles from
 * the organisation plus those their groups give. Refuses (fail closed) a missing claim, an unknown person, someone
 * who left service and, unless configured otherwise, a group we do not know. Plain rules, no Spring: unit-tested.
 */
final class OidcAccountMapping {

    /**
     * The outcome: the login name (the claim value; an e-mail address in lower case), the employee (null for an
     * operator) and the roles.
     */
    record Account(String username, EmployeeSummary employee, Set<String> roles) {
    }

    private final OidcSettings settings;
    private final Function<String, List<EmployeeSummary>> employeesByClaim;
    private final Function<EmployeeSummary, Set<String>> organisationRoles;

    OidcAccountMapping(OidcSettings settings, Function<String, List<EmployeeSummary>> employeesByClaim,
            Function<EmployeeSummary, Set<String>> organisationRoles) {
        this.settings = settings;
        this.employeesByClaim = employeesByClaim;
        this.organisationRoles = organisationRoles;
    }

    Account map(Map<String, Object> claims) {
        Object claim = claims.get(settings.getUserClaim());
        String sent = claim == null ? "" : claim.toString().strip();
        if (sent.isEmpty()) {
            throw new SsoRefusal(Reason.MISSING_CLAIM, "(sub " + LogSafe.ascii(String.valueOf(claims.get("sub"))) + ")",
                    "no claim " + settings.getUserClaim());
        }
        // only a claim in the alphabet of usernames names anyone (not a dotless ı, a long s or a line break); an
        // e-mail address is one person whatever its case and is named in lower case, a personnel number may hold
        // capitals that tell two people apart and is compared and named exactly as sent
        String lowered = Usernames.fromProvider(sent).orElseThrow(() -> new SsoRefusal(Reason.UNKNOWN_USER,
                LogSafe.ascii(sent), "claim " + settings.getUserClaim() + " is no user name"));
        String username = settings.getMatchOn() == OidcSettings.MatchOn.EMAIL ? lowered : sent;
        Set<String> groupRoles = groupRoles(username, groups(claims.get(settings.getGroupsClaim())));
        // the lookup may fold more than this rule (the database's case-insensitive compare): keep exact matches only
        List<EmployeeSummary> found = employeesByClaim.apply(sent).stream().filter(e -> matches(e, sent, username))
                .toList();
        if (found.size() > 1) {
            throw new SsoRefusal(Reason.AMBIGUOUS_USER, username, found.size() + " employees match");
        }
        if (found.isEmpty()) {
            // an operator without a personnel record (e.g. the supplier's beheerder) gets in only through a group
            if (groupRoles.isEmpty()) {
                throw new SsoRefusal(Reason.UNKNOWN_USER, username, "no employee with " + settings.getMatchOn());
            }
            return new Account(username, null, groupRoles);
        }
        EmployeeSummary employee = found.get(0);
        if (!employee.active()) {
            throw new SsoRefusal(Reason.INACTIVE, username, "employee " + employee.personnelNumber() + " left service");
        }
        Set<String> roles = new LinkedHashSet<>(organisationRoles.apply(employee));
        roles.addAll(groupRoles);
        return new Account(username, employee, roles);
    }

    /**
     * A personnel number exactly as sent; an e-mail address in the one form on both sides, so {@code HUISMAN@…}
     * finds huisman but {@code huıSman@…} (which the database's upper() folds to HUISMAN) finds nobody.
     */
    private boolean matches(EmployeeSummary employee, String sent, String username) {
        return switch (settings.getMatchOn()) {
            case PERSONNEL_NUMBER -> sent.equals(employee.personnelNumber());
            case EMAIL -> Usernames.fromProvider(employee.email()).filter(username::equals).isPresent();
        };
    }

    private Set<String> groupRoles(String username, List<String> groups) {
        Map<String, String> mapping = settings.getGroupRoles();
        List<String> unknown = groups.stream().filter(g -> !mapping.containsKey(g)).toList();
        if (!unknown.isEmpty() && settings.getUnknownGroups() == OidcSettings.UnknownGroups.REFUSE) {
            throw new SsoRefusal(Reason.UNKNOWN_GROUP, username, "unknown groups " + unknown);
        }
        Set<String> roles = new LinkedHashSet<>();
        groups.stream().map(mapping::get).filter(r -> r != null && !OidcSettings.NO_ROLE.equals(r)).forEach(roles::add);
        return roles;
    }

    /** Providers send a list, or a single string when the person is in one group; absent means none. */
    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value.strip());
        }
        return List.of();
    }
}
