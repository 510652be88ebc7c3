package nl.gesprekscyclus.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person logged in through single sign-on. An {@link AppUser} like a password login (so every service sees the
 * same principal) and an {@link OidcUser}, so the logout can hand the ID token back to the provider.
 */
class OidcAppUser extends AppUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;
    private final Map<String, Object> claims;

    OidcAppUser(OidcAccountMapping.Account account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account.username(), null, true, false,
                account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(),
                account.employee() == null ? null : account.employee().id(),
                account.employee() == null ? account.username() : account.employee().fullName(), account.roles());
        this.idToken = idToken;
        this.userInfo = userInfo;
        Map<String, Object> all = new LinkedHashMap<>(idToken.getClaims());
        if (userInfo != null) {
            all.putAll(userInfo.getClaims());
        }
        this.claims = Collections.unmodifiableMap(all);
    }

    @Override
    public Map<String, Object> getClaims() {
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return claims;
    }

    /** The login name: the claim value that matched the employee. */
    @Override
    public String getName() {
        return getUsername();
    }
}
