package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.security.OidcAccountMapping.Account;
import nl.gesprekscyclus.security.SsoRefusal.Reason;
import org.junit.jupiter.api.Test;

/** Who a person from the identity provider is here, and who gets no access; the rules without Spring. */
class OidcAccountMappingTests {

    static final EmployeeSummary ACTIVE = employee(1L, "200001", "an.smit@ommen.nl", true, false);
    static final EmployeeSummary COORDINATOR = employee(2L, "200002", "bo.vos@ommen.nl", true, true);
    static final EmployeeSummary LEFT = employee(3L, "200003", "cor.kok@ommen.nl", false, false);
    static final List<EmployeeSummary> ALL = List.of(ACTIVE, COORDINATOR, LEFT,
            employee(4L, "200004", "gedeeld@ommen.nl", true, false), employee(5L, "200005", "gedeeld@ommen.nl", true, false));

    private static EmployeeSummary employee(long id, String number, String email, boolean active, boolean module) {
        return new EmployeeSummary(id, number, "Voornaam", null, "Achternaam" + id, email, "beleidsadviseur", "c1",
                "Eenheid", null, null, null, false, null, null, null, module, LocalDate.of(2020, 1, 1), active, 0);
    }

    private static OidcSettings settings() {
        OidcSettings settings = new OidcSettings();
        settings.setGroupRoles(Map.of("GG-HR", Roles.HR, "GG-Beheer", Roles.ADMIN, "GG-Iedereen", OidcSettings.NO_ROLE));
        return settings;
    }

    /** The organisation's part, as OrganisationRoles gives it: here only employee and coördinatiemodule. */
    private static Set<String> organisationRoles(EmployeeSummary e) {
        Set<String> roles = new LinkedHashSet<>();
        if (e.active()) {
            roles.add(Roles.EMPLOYEE);
            if (e.coordinationModule()) {
                roles.add(Roles.COORDINATOR);
            }
        }
        return roles;
    }

    /**
     * The lookup as the database does it (OrganisationDirectory): e-mail by {@code upper(email) = upper(?)}, which
     * folds a dotless ı and a long s to I and S as Java's toUpperCase does; personnel number exactly.
     */
    private static OidcAccountMapping mapping(OidcSettings settings) {
        return new OidcAccountMapping(settings, value -> ALL.stream()
                .filter(e -> settings.getMatchOn() == OidcSettings.MatchOn.EMAIL
                        ? e.email().toUpperCase(Locale.ROOT).equals(value.toUpperCase(Locale.ROOT))
                        : e.personnelNumber().equals(value)).toList(), OidcAccountMappingTests::organisationRoles);
    }

    private static SsoRefusal refused(OidcSettings settings, Map<String, Object> claims) {
        try {
            mapping(settings).map(claims);
        } catch (SsoRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused: " + claims);
    }

    private static Reason refusal(OidcSettings settings, Map<String, Object> claims) {
        try {
            mapping(settings).map(claims);
        } catch (SsoRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused: " + claims);
    }

    @Test
    void shouldAddTheRolesOfMappedGroupsToThoseFromTheOrganisation() {
        Account account = mapping(settings()).map(Map.of("employee_number", "200002", "groups", List.of("GG-HR", "GG-Iedereen")));
        assertThat(account.employee()).isEqualTo(COORDINATOR);
        assertThat(account.username()).isEqualTo("200002");
        assertThat(account.roles()).containsExactly(Roles.EMPLOYEE, Roles.COORDINATOR, Roles.HR);
    }

    @Test
    void shouldGiveAnEmployeeWithoutGroupsOnlyTheOrganisationsRoles() {
        assertThat(mapping(settings()).map(Map.of("employee_number", "200001")).roles()).containsExactly(Roles.EMPLOYEE);
        // a provider that sends one group as a plain string
        assertThat(mapping(settings()).map(Map.of("employee_number", "200001", "groups", "GG-Beheer")).roles())
                .containsExactly(Roles.EMPLOYEE, Roles.ADMIN);
    }

    @Test
    void shouldRefuseAnUnknownGroupUnlessConfiguredToIgnoreIt() {
        Map<String, Object> claims = Map.of("employee_number", "200001", "groups", List.of("GG-HR", "GG-Onbekend"));
        assertThat(refusal(settings(), claims)).isEqualTo(Reason.UNKNOWN_GROUP);

        OidcSettings ignoring = settings();
        ignoring.setUnknownGroups(OidcSettings.UnknownGroups.IGNORE);
        assertThat(mapping(ignoring).map(claims).roles()).containsExactly(Roles.EMPLOYEE, Roles.HR);
    }

    @Test
    void shouldRefuseStrangersSomeoneWhoLeftServiceAndATokenWithoutTheClaim() {
        assertThat(refusal(settings(), Map.of("employee_number", "999999"))).isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal(settings(), Map.of("employee_number", "999999", "groups", List.of("GG-Iedereen"))))
                .as("a group without a role does not make a stranger an operator").isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal(settings(), Map.of("employee_number", "200003", "groups", List.of("GG-Beheer"))))
                .as("a group does not let someone who left service back in").isEqualTo(Reason.INACTIVE);
        assertThat(refusal(settings(), Map.of("sub", "abc", "employee_number", " "))).isEqualTo(Reason.MISSING_CLAIM);
        assertThat(refusal(settings(), Map.of("sub", "abc"))).isEqualTo(Reason.MISSING_CLAIM);
    }

    @Test
    void shouldLetAnOperatorWithoutPersonnelRecordInOnlyThroughTheAdminGroup() {
        Account operator = mapping(settings()).map(Map.of("employee_number", "leverancier", "groups", List.of("GG-Beheer")));
        assertThat(operator.employee()).isNull();
        assertThat(operator.roles()).containsExactly(Roles.ADMIN);
    }

    @Test
    void shouldMatchOnEmailInAnyCaseAndRefuseAnAddressTwoEmployeesShare() {
        OidcSettings byEmail = settings();
        byEmail.setMatchOn(OidcSettings.MatchOn.EMAIL);
        byEmail.setUserClaim("preferred_username");
        assertThat(mapping(byEmail).map(Map.of("preferred_username", "An.Smit@Ommen.nl")).employee()).isEqualTo(ACTIVE);
        assertThat(refusal(byEmail, Map.of("preferred_username", "gedeeld@ommen.nl"))).isEqualTo(Reason.AMBIGUOUS_USER);
    }

    @Test
    void shouldNameSomeoneByTheirAddressInLowerCaseAndRefuseSpellingsTheDatabaseFolds() {
        OidcSettings byEmail = settings();
        byEmail.setMatchOn(OidcSettings.MatchOn.EMAIL);
        byEmail.setUserClaim("preferred_username");
        assertThat(mapping(byEmail).map(Map.of("preferred_username", "An.Smit@Ommen.nl")).username())
                .as("one name in the audit trail, however the provider capitalises it").isEqualTo("an.smit@ommen.nl");
        // another person at the provider, whom upper() would make an.smit: a long s, a dotless ı, the Kelvin sign
        for (String lookalike : List.of("an.\u017Fmit@ommen.nl", "AN.SM\u0131T@OMMEN.NL", "cor.\u212Aok@ommen.nl",
                "\uFF41n.smit@ommen.nl")) {
            assertThat(refusal(byEmail, Map.of("preferred_username", lookalike)))
                    .as(lookalike).isEqualTo(Reason.UNKNOWN_USER);
        }
    }

    @Test
    void shouldRefuseAClaimWithALineBreakAndNameItEscaped() {
        SsoRefusal refusal = refused(settings(), Map.of("employee_number", "200001\r\nINFO Login succeeded: user=brink"));
        assertThat(refusal.reason()).isEqualTo(Reason.UNKNOWN_USER);
        assertThat(refusal.subject()).startsWith("200001\\u000d\\u000aINFO").doesNotContain("\r", "\n");
    }

    @Test
    void shouldRefuseToStartWithARoleAGroupCannotGive() {
        OidcSettings wrong = settings();
        wrong.setGroupRoles(Map.of("GG-Managers", Roles.MANAGER));
        assertThatThrownBy(wrong::validate).isInstanceOf(IllegalStateException.class).hasMessageContaining("GG-Managers");
        settings().validate();
    }
}
