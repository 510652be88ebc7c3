package nl.gesprekscyclus.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/** The provider knows the person, we give them no access; why, for the audit trail and the page they see. */
class SsoRefusal extends OAuth2AuthenticationException {

    enum Reason {
        /** the token lacks the claim that identifies the employee */
        MISSING_CLAIM,
        /** no employee with that number or address, and no group that makes them an operator */
        UNKNOWN_USER,
        /** more than one employee has that e-mail address */
        AMBIGUOUS_USER,
        /** a group that is not in group-roles, with unknown-groups: refuse */
        UNKNOWN_GROUP,
        /** left service */
        INACTIVE
    }

    private final Reason reason;
    private final String subject;

    SsoRefusal(Reason reason, String subject, String detail) {
        super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, reason + ": " + detail, null), reason + ": " + detail);
        this.reason = reason;
        this.subject = subject;
    }

    Reason reason() {
        return reason;
    }

    /** Who tried, as the provider named them (the claim value), for the audit trail. */
    String subject() {
        return subject;
    }
}
