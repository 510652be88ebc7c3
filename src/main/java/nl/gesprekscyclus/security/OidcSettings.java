package nl.gesprekscyclus.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on settings ({@code gesprekscyclus.security.oidc}, profile {@code oidc}; docs/sso.md). The connection
 * to the provider itself (issuer, client id and secret) is Spring's {@code spring.security.oauth2.client.*}.
 */
@ConfigurationProperties("gesprekscyclus.security.oidc")
public class OidcSettings {

    /** How a claim value finds the employee. */
    public enum MatchOn {
        PERSONNEL_NUMBER, EMAIL
    }

    /** What a group in the token that is not in {@link #groupRoles} does to the login. */
    public enum UnknownGroups {
        /** no access: a group we do not know means the provider sends more than agreed (fail closed) */
        REFUSE,
        /** the group is left out (providers that send every group a person is in) */
        IGNORE
    }

    /** A group value that makes a group known without giving a role (e.g. the group of all staff). */
    public static final String NO_ROLE = "NONE";

    /** The registration under spring.security.oauth2.client.registration; also in /oauth2/authorization/{id}. */
    private String registrationId = "gemeente";
    /** The claim in the ID token (or user info) that identifies the employee. */
    private String userClaim = "employee_number";
    private MatchOn matchOn = MatchOn.PERSONNEL_NUMBER;
    /** The claim with the person's groups (a list of strings, or one string). */
    private String groupsClaim = "groups";
    /** Provider group → HR, ADMIN or NONE. In YAML, put keys with characters other than letters, digits, - and . in [brackets]. */
    private Map<String, String> groupRoles = new LinkedHashMap<>();
    private UnknownGroups unknownGroups = UnknownGroups.REFUSE;
    /** false: only single sign-on; the password form is gone and its address no longer logs anyone in. */
    private boolean formLogin = true;

    /** Fails the start on a role we do not hand out through groups, rather than at someone's first login. */
    void validate() {
        List<String> allowed = List.of(Roles.HR, Roles.ADMIN, NO_ROLE);
        groupRoles.forEach((group, role) -> {
            if (!allowed.contains(role)) {
                throw new IllegalStateException("gesprekscyclus.security.oidc.group-roles: group " + group + " has role "
                        + role + "; only " + allowed + " can come from a group, the others follow from the organisation");
            }
        });
        if (userClaim == null || userClaim.isBlank()) {
            throw new IllegalStateException("gesprekscyclus.security.oidc.user-claim must name a claim");
        }
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(String registrationId) {
        this.registrationId = registrationId;
    }

    public String getUserClaim() {
        return userClaim;
    }

    public void setUserClaim(String userClaim) {
        this.userClaim = userClaim;
    }

    public MatchOn getMatchOn() {
        return matchOn;
    }

    public void setMatchOn(MatchOn matchOn) {
        this.matchOn = matchOn;
    }

    public String getGroupsClaim() {
        return groupsClaim;
    }

    public void setGroupsClaim(String groupsClaim) {
        this.groupsClaim = groupsClaim;
    }

    public Map<String, String> getGroupRoles() {
        return groupRoles;
    }

    public void setGroupRoles(Map<String, String> groupRoles) {
        this.groupRoles = groupRoles;
    }

    public UnknownGroups getUnknownGroups() {
        return unknownGroups;
    }

    public void setUnknownGroups(UnknownGroups unknownGroups) {
        this.unknownGroups = unknownGroups;
    }

    public boolean isFormLogin() {
        return formLogin;
    }

    public void setFormLogin(boolean formLogin) {
        this.formLogin = formLogin;
    }
}
