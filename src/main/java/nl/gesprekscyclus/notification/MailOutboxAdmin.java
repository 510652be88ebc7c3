package nl.gesprekscyclus.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For the functioneel beheerder: mails that did not go out (yet), and "send again" for a failed one. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class MailOutboxAdmin {

    static final int SHOWN = 500;

    private final MailOutbox outbox;
    private final OrganisationDirectory directory;
    private final Clock clock;

    MailOutboxAdmin(MailOutbox outbox, OrganisationDirectory directory, Clock clock) {
        this.outbox = outbox;
        this.directory = directory;
        this.clock = clock;
    }

    /** A mail not (yet) sent, with who it is for. */
    public record UnsentMail(long id, String recipientName, String recipientEmail, String kind, MailStatus status,
            int attempts, String lastError, java.time.Instant createdAt, java.time.Instant nextAttemptAt) {
    }

    @Transactional(readOnly = true)
    public List<UnsentMail> unsent() {
        List<OutboxMail> mails = outbox.unsent(SHOWN);
        Map<Long, EmployeeSummary> people = directory.employees(
                mails.stream().map(OutboxMail::recipientEmployeeId).distinct().toList()).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity()));
        return mails.stream().map(m -> {
            EmployeeSummary p = people.get(m.recipientEmployeeId());
            return new UnsentMail(m.id(), p == null ? "" : p.fullName(), p == null ? "" : p.email(), m.kind(),
                    m.status(), m.attempts(), m.lastError(), m.createdAt(), m.nextAttemptAt());
        }).toList();
    }

    /** Sends a failed mail again with the next run of the sender; false if it is not (or no longer) failed. */
    public boolean retry(long mailId) {
        return outbox.retry(mailId, clock.instant());
    }
}
