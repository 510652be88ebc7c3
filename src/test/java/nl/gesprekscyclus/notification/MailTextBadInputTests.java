package nl.gesprekscyclus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * A name with markup, emoji, RTL and combining characters in a mail (issue #6): the templates put it in as written,
 * and a plain-text UTF-8 message as {@code MailComposer} builds it carries subject and body through the wire
 * format unchanged. Plain text: a mail client shows the markup, it never runs it.
 */
class MailTextBadInputTests {

    static final String NAME = "<img src=x onerror=alert(1)> Łucja Weiß-Çelik 👩‍💼 שלום e\u0301";

    @Test
    void shouldCarryANameWithMarkupAndOtherScriptsAsPlainText() throws Exception {
        MailTemplates templates = new MailTemplates(new MailSettings(true, "localhost", 25, "", "", false,
                "gc@localhost", "http://localhost:8080/", Path.of("config/mail"), 7, 50, 5, Duration.ofMinutes(1),
                Duration.ofMinutes(10)));
        MailTemplates.Rendered mail = templates.render("reminder", Map.of("naam", NAME, "taak", "Afspraken opstellen",
                "medewerker", NAME, "datum", "1 maart 2045", "link", "https://gc/gesprek/7"));
        assertThat(mail.subject()).contains("(" + NAME + ")");
        assertThat(mail.body()).startsWith("Beste " + NAME + ",");

        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom("gc@localhost");
        helper.setTo("lucja@input.test");
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        MimeMessage received = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(wire.toByteArray()));

        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
        assertThat(received.getSubject()).isEqualTo(mail.subject());
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(mail.body().replace("\r\n", "\n"));
    }
}
