package nl.gesprekscyclus.security;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;

/**
 * Every refusal is logged and audited, also the ones Spring makes before our code runs: a service called around
 * its screen by someone whose role its {@code @PreAuthorize} does not allow (for example DossierOpenings.open by
 * a manager). The matrix tests found those refused without a trace. Only method calls: a request refused by the
 * web filter chain is a redirect to the login page, screens audit their own refusals (RouteAccessDeniedView), and
 * refusals on Camunda's paths are audited by CamundaWebSurfaceAudit.
 */
@Configuration
class MethodRefusalAudit {

    private static final Logger log = LoggerFactory.getLogger("gesprekscyclus.security");

    private final CurrentUser currentUser;
    private final AuditTrail audit;

    MethodRefusalAudit(CurrentUser currentUser, AuditTrail audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Spring Security publishes authorization decisions only when such a publisher exists (denials only). */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Object source = event.getSource();
        MethodInvocation call = source instanceof MethodInvocationResult result ? result.getMethodInvocation()
                : source instanceof MethodInvocation invocation ? invocation : null;
        if (call == null) {
            return;
        }
        String action = "call " + call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
        // ids (numbers, personnel numbers) say which record; free text is left out of the trail
        String record = Arrays.stream(call.getArguments()).filter(a -> a instanceof Number)
                .map(String::valueOf).collect(Collectors.joining(","));
        String who = currentUser.get().map(AppUser::getUsername).orElse("(anonymous)");
        log.warn("Access refused: user={} action={} record={}", who, action, record);
        audit.record(action, record.isEmpty() ? null : record, null, AuditTrail.REFUSED, null);
    }
}
