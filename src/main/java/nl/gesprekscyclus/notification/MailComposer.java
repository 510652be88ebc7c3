package nl.gesprekscyclus.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.gesprekscyclus.base.i18n.DateFormats;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ReviewTask;
import nl.gesprekscyclus.security.LanguageChoices;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an outbox row into a mail: the template of its kind filled with the recipient's name, the task name, the
 * employee the review is about, the due date and a link into the app, in the language the recipient chose in the
 * app (Dutch when they never chose). Done at send time, not when the engine step writes the row, so a broken
 * template or an unknown address fails the mail, never the step.
 */
@Component
@Transactional(readOnly = true)
class MailComposer {

    private final MailTemplates templates;
    private final MailSettings settings;
    private final NotificationRepository notifications;
    private final OrganisationDirectory directory;
    private final ReviewSubjects subjects;
    private final JavaMailSender mailSender;
    private final LanguageChoices languages;

    MailComposer(MailTemplates templates, MailSettings settings, NotificationRepository notifications,
            OrganisationDirectory directory, ReviewSubjects subjects, JavaMailSender mailSender,
            LanguageChoices languages) {
        this.templates = templates;
        this.settings = settings;
        this.notifications = notifications;
        this.directory = directory;
        this.subjects = subjects;
        this.mailSender = mailSender;
        this.languages = languages;
    }

    MimeMessage compose(OutboxMail mail, List<Long> digestItems) throws MessagingException {
        EmployeeSummary recipient = directory.employee(mail.recipientEmployeeId())
                .orElseThrow(() -> new IllegalStateException("geen medewerker " + mail.recipientEmployeeId()));
        if (recipient.email() == null || recipient.email().isBlank()) {
            throw new IllegalStateException("geen e-mailadres bij " + recipient.fullName());
        }
        Locale language = languages.ofEmployee(recipient.id()).orElse(Messages.DUTCH);
        MailTemplates.Rendered text = mail.isDigest() ? digest(recipient, digestItems, language)
                : templates.render(kindOf(mail).templateName(), language,
                        values(recipient, notification(mail.notificationId()), language));
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        return message;
    }

    private MailTemplates.Rendered digest(EmployeeSummary recipient, List<Long> items, Locale language) {
        StringBuilder lines = new StringBuilder();
        for (Long id : items) {
            Notification n = notification(id);
            Map<String, String> values = values(recipient, n, language);
            values.put("onderwerp", templates.render(n.getKind().templateName(), language, values).subject());
            lines.append(templates.render(MailTemplates.DIGEST_LINE, language, values).body()).append('\n');
        }
        Map<String, String> values = new HashMap<>();
        values.put("naam", recipient.fullName());
        values.put("aantal", String.valueOf(items.size()));
        values.put("regels", lines.toString());
        return templates.render(MailTemplates.DIGEST, language, values);
    }

    private Map<String, String> values(EmployeeSummary recipient, Notification n, Locale language) {
        Map<String, String> values = new HashMap<>();
        values.put("naam", recipient.fullName());
        values.put("taak", onBehalfOf(taskName(n.getTaskKey(), language), n, language));
        values.put("medewerker", subjects.employeeName(n.getReviewId()));
        values.put("datum", date(n.getDueAt(), language));
        values.put("link", n.getKind() == NotificationKind.FEEDBACK_REQUEST ? settings.feedbackLink()
                : settings.reviewLink(n.getReviewId()));
        return values;
    }

    /** A substitute's copy says for whom: "Planningsgesprek voeren, namens Lotte Leider". */
    private String onBehalfOf(String task, Notification n, Locale language) {
        if (n.getOnBehalfOfId() == null) {
            return task;
        }
        return directory.employee(n.getOnBehalfOfId())
                .map(manager -> Messages.get(language, "tasks.onBehalfOf", task, manager.fullName())).orElse(task);
    }

    static String taskName(String taskKey, Locale language) {
        return ReviewTask.byKey(taskKey).map(t -> Messages.get(language, "task." + t.name()))
                .orElseGet(() -> Notifications.otherTaskName(taskKey, language));
    }

    static String date(Instant instant, Locale language) {
        return instant == null ? "-" : DateFormats.day(instant.atZone(ZoneId.systemDefault()).toLocalDate(), language);
    }

    private Notification notification(Long id) {
        return notifications.findById(id).orElseThrow(() -> new IllegalStateException("geen melding " + id));
    }

    private static NotificationKind kindOf(OutboxMail mail) {
        return NotificationKind.valueOf(mail.kind().toUpperCase(Locale.ROOT));
    }
}
