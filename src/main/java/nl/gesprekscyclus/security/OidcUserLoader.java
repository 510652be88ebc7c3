package nl.gesprekscyclus.security;

import nl.gesprekscyclus.organisation.OrganisationDirectory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** After the provider's token is checked (Spring's {@link OidcUserService}): who that is here, or a refusal. */
@Component
@Profile("oidc")
class OidcUserLoader implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final OidcAccountMapping mapping;
    private final SsoRoleGrants grants;

    OidcUserLoader(OidcSettings settings, OrganisationDirectory directory, OrganisationRoles organisationRoles,
            SsoRoleGrants grants) {
        this.grants = grants;
        this.mapping = new OidcAccountMapping(settings, value -> switch (settings.getMatchOn()) {
            case PERSONNEL_NUMBER -> directory.employeeByPersonnelNumber(value).stream().toList();
            case EMAIL -> directory.employeesByEmail(value);
        }, organisationRoles::of);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        OidcAccountMapping.Account account = mapping.map(signedIn.getClaims());
        if (account.employee() != null) {
            // so that "everyone in HR" includes this person between logins (RoleHolders)
            grants.recordLogin(account.employee().id(), account.roles());
        }
        return new OidcAppUser(account, signedIn.getIdToken(), signedIn.getUserInfo());
    }
}
