package nl.gesprekscyclus.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.gesprekscyclus.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A single sign-on that did not let someone in: logged and audited like a failed password login (action LOGIN,
 * outcome FAILURE, with the address), then a page that says in plain Dutch why, without a stack trace. Spring
 * publishes no failure event for these, so the form login's listener would not see them.
 */
@Component
@Profile("oidc")
class OidcLoginFailures implements AuthenticationFailureHandler {

    /** The page and its reason parameter; values are the ones {@code SsoRefusedView} knows. */
    static final String PAGE = "/sso-geen-toegang";

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final AuditTrail audit;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    OidcLoginFailures(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String who;
        String why;
        String reason;
        if (exception instanceof SsoRefusal refusal) {
            who = refusal.subject();
            why = refusal.getError().getDescription();
            reason = switch (refusal.reason()) {
                case UNKNOWN_GROUP -> "groep";
                case INACTIVE -> "uit-dienst";
                case MISSING_CLAIM, UNKNOWN_USER, AMBIGUOUS_USER -> "onbekend";
            };
        } else {
            // the provider refused, the person cancelled, or the answer did not check out (state, signature)
            who = null;
            why = exception instanceof OAuth2AuthenticationException e ? e.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            reason = "fout";
        }
        // the claim and the group names come from the provider: no line breaks or bidi controls into the log
        who = LogSafe.text(who);
        why = LogSafe.text(why, 500);
        log.warn("Single sign-on refused: user={} from={} reason={}", who, request.getRemoteAddr(), why);
        audit.record(who, "LOGIN", null, null, AuditTrail.FAILURE, request.getRemoteAddr(), "SSO " + why);
        redirect.sendRedirect(request, response, PAGE + "?reden=" + reason);
    }
}
