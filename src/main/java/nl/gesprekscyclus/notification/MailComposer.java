package nl.gesprekscyclus.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewTask;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an outbox row into a mail: the template of its kind filled with the recipient's name, the Dutch task
 * name, the employee the review is about, the due date and a link into the app. Done at send time, not when
 * the engine step writes the row, so a broken template or an unknown address fails the mail, never the step.
 */
@Component
@Transactional(readOnly = true)
class MailComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.DUTCH);

    private final MailTemplates templates;
    private final MailSettings settings;
    private final NotificationRepository notifications;
    private final OrganisationDirectory directory;
    private final ReviewSubjects subjects;
    private final JavaMailSender mailSender;

    MailComposer(MailTemplates templates, MailSettings settings, NotificationRepository notifications,
            OrganisationDirectory directory, ReviewSubjects subjects, JavaMailSender mailSender) {
        this.templates = templates;
        this.settings = settings;
        this.notifications = notifications;
        this.directory = directory;
        this.subjects = subjects;
        this.mailSender = mailSender;
    }

    MimeMessage compose(OutboxMail mail, List<Long> digestItems) throws MessagingException {
        EmployeeSummary recipient = directory.employee(mail.recipientEmployeeId())
                .orElseThrow(() -> new IllegalStateException("geen medewerker " + mail.recipientEmployeeId()));
        if (recipient.email() == null || recipient.email().isBlank()) {
            throw new IllegalStateException("geen e-mailadres bij " + recipient.fullName());
        }
        MailTemplates.Rendered text = mail.isDigest() ? digest(recipient, digestItems)
                : templates.render(kindOf(mail).templateName(), values(recipient, notification(mail.notificationId())));
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        return message;
    }

    private MailTemplates.Rendered digest(EmployeeSummary recipient, List<Long> items) {
        StringBuilder lines = new StringBuilder();
        for (Long id : items) {
            Notification n = notification(id);
            Map<String, String> values = values(recipient, n);
            values.put("onderwerp", templates.render(n.getKind().templateName(), values).subject());
            lines.append(templates.render(MailTemplates.DIGEST_LINE, values).body()).append('\n');
        }
        Map<String, String> values = new HashMap<>();
        values.put("naam", recipient.fullName());
        values.put("aantal", String.valueOf(items.size()));
        values.put("regels", lines.toString());
        return templates.render(MailTemplates.DIGEST, values);
    }

    private Map<String, String> values(EmployeeSummary recipient, Notification n) {
        Map<String, String> values = new HashMap<>();
        values.put("naam", recipient.fullName());
        values.put("taak", taskName(n.getTaskKey()));
        values.put("medewerker", subjects.employeeName(n.getReviewId()));
        values.put("datum", date(n.getDueAt()));
        values.put("link", settings.reviewLink(n.getReviewId()));
        return values;
    }

    static String taskName(String taskKey) {
        return ReviewTask.byKey(taskKey).map(t -> Messages.nl("task." + t.name())).orElse(taskKey);
    }

    static String date(Instant instant) {
        return instant == null ? "-" : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    private Notification notification(Long id) {
        return notifications.findById(id).orElseThrow(() -> new IllegalStateException("geen melding " + id));
    }

    private static NotificationKind kindOf(OutboxMail mail) {
        return NotificationKind.valueOf(mail.kind().toUpperCase(Locale.ROOT));
    }
}
