package nl.gesprekscyclus.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records who did what to which record, when and from where. Reading it is for ADMIN and HR; employees see the
 * entries about themselves.
 *
 * <p>What succeeded is written in the transaction of the work itself: the entry and the change are committed
 * together or not at all, on the one connection the work already holds. A refusal or failure is written in a
 * transaction of its own, because the work it belongs to is about to be rolled back. (Writing every entry in a
 * transaction of its own made each audited save hold two pooled connections at once; with 200 users on 10
 * connections every connection was held by a save waiting for its second one, and saves failed after the pool's
 * 5 s timeout: docs/performance.md, "Concurrent users".)
 */
@Component
public class AuditTrail {

    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";
    public static final String REFUSED = "REFUSED";

    /** The key of the transaction's "namens" mark; an object of its own, so nobody else can bind it. */
    private static final Object ON_BEHALF_OF = new Object();

    private final AuditEventRepository events;
    private final Clock clock;
    /** Joins the work's transaction (or starts one when there is none). */
    private final TransactionTemplate withTheWork;
    /** Always a transaction of its own: survives the rollback of the refused or failed work. */
    private final TransactionTemplate onItsOwn;

    AuditTrail(AuditEventRepository events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.withTheWork = new TransactionTemplate(transactions);
        this.onItsOwn = new TransactionTemplate(transactions);
        this.onItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(String actor, String action, String record, Long subjectEmployeeId, String outcome,
            String remoteAddress, String detail) {
        Object onBehalfOf = TransactionSynchronizationManager.getResource(ON_BEHALF_OF);
        if (onBehalfOf != null) {
            detail = "namens " + onBehalfOf + (detail == null ? "" : "; " + detail);
        }
        AuditEvent event = new AuditEvent(clock.instant(), cut(actor == null ? "(anonymous)" : actor, 100),
                cut(action, 100), cut(record, 200), subjectEmployeeId, outcome, cut(remoteAddress, 100),
                cut(detail, 1000));
        // a read-only transaction (an audited download or export) cannot carry the entry: it gets its own
        boolean joinTheWork = SUCCESS.equals(outcome) && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        (joinTheWork ? withTheWork : onItsOwn).executeWithoutResult(status -> events.save(event));
    }

    /**
     * From now until the current transaction ends, every entry says that its actor acts for this person (a
     * substitute, "namens" the manager: issue 16, item 3). Bound to the work's transaction rather than passed to
     * each call, so no entry of that work can leave it out, refusals included.
     *
     * @throws IllegalStateException outside a transaction: the mark would have no end
     */
    public void onBehalfOf(String personnelNumber) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("acting on behalf of someone needs a transaction");
        }
        if (TransactionSynchronizationManager.hasResource(ON_BEHALF_OF)) {
            TransactionSynchronizationManager.unbindResource(ON_BEHALF_OF);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ON_BEHALF_OF);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(ON_BEHALF_OF, personnelNumber);
    }

    /** Records an action of whoever is logged in now, from the address of the current request. */
    public void record(String action, String record, Long subjectEmployeeId, String outcome, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null || auth instanceof AnonymousAuthenticationToken ? "(system)" : auth.getName();
        record(actor, action, record, subjectEmployeeId, outcome, currentRemoteAddress(), detail);
    }

    static String currentRemoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String action) {
        return (action == null ? events.findTop200ByOrderByIdDesc() : events.findTop200ByActionOrderByIdDesc(action))
                .stream().map(AuditEvent::toEntry).toList();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
