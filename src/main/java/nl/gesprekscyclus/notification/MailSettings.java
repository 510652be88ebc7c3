package nl.gesprekscyclus.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gesprekscyclus.mail.*} in config/application.yml: where and how mails go out. With {@code enabled:
 * false} nothing is sent (the app starts without an SMTP server); mails wait in the outbox as PENDING.
 *
 * @param baseUrl       the address people open the app at; links in mails are {@code <baseUrl>/gesprek/<id>}
 * @param digestHour    the hour (0-23, local time) after which the daily digest goes out
 * @param maxAttempts   tries per mail before it is marked FAILED (visible under Beheer, Berichten)
 * @param retryDelay    wait after the first failure; doubled after each further failure
 * @param claimTimeout  a mail claimed longer ago than this (a node died while sending) is tried again
 */
@ConfigurationProperties(prefix = "gesprekscyclus.mail")
public record MailSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("localhost") String host,
        @DefaultValue("25") int port,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("false") boolean starttls,
        @DefaultValue("gesprekscyclus@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("config/mail") Path templatesDir,
        @DefaultValue("7") int digestHour,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("PT1M") Duration retryDelay,
        @DefaultValue("PT10M") Duration claimTimeout) {

    public MailSettings {
        if (digestHour < 0 || digestHour > 23) {
            throw new IllegalStateException(
                    "config/application.yml: gesprekscyclus.mail.digest-hour must be 0..23, not " + digestHour);
        }
        if (maxAttempts < 1) {
            throw new IllegalStateException("config/application.yml: gesprekscyclus.mail.max-attempts must be 1 or more");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String reviewLink(long reviewId) {
        return baseUrl + "/gesprek/" + reviewId;
    }

    /** Where a colleague answers the feedback asked of them: not the review, which they cannot open. */
    public String feedbackLink() {
        return baseUrl + "/" + FEEDBACK_ROUTE;
    }

    /** The route of the "Feedback geven" screen, which the mail and the bell link to. */
    public static final String FEEDBACK_ROUTE = "feedback";
}
