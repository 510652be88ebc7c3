package nl.gesprekscyclus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's mail texts: filled in from config/mail, and a mistake in them stops the start with the file. */
class MailTemplatesTests {

    @TempDir
    Path dir;

    @Test
    void shouldFillTheShippedTemplatesWithNameTaskEmployeeDateAndLink() {
        MailTemplates templates = new MailTemplates(settings(Path.of("config/mail")));
        templates.check();
        MailTemplates.Rendered mail = templates.render("reminder", Map.of("naam", "Martijn Postma", "taak",
                "Afspraken opstellen", "medewerker", "Judith Prins", "datum", "1 maart 2027", "link",
                "https://gc/gesprek/7"));
        assertThat(mail.subject()).isEqualTo("Herinnering: Afspraken opstellen (Judith Prins) uiterlijk 1 maart 2027");
        assertThat(mail.body()).startsWith("Beste Martijn Postma,").contains("https://gc/gesprek/7");
    }

    @Test
    void shouldRefuseToStartWithAMissingTemplateOrAnUnknownPlaceholder() throws IOException {
        for (String name : MailTemplates.REQUIRED) {
            Files.copy(Path.of("config/mail", name + ".txt"), dir.resolve(name + ".txt"));
        }
        Files.writeString(dir.resolve("reminder.txt"), "Herinnering voor ${nam}\n\nBeste ${naam},\n");
        assertThatThrownBy(() -> new MailTemplates(settings(dir)).check())
                .hasMessageContaining("reminder.txt").hasMessageContaining("nam");

        Files.delete(dir.resolve("reminder.txt"));
        assertThatThrownBy(() -> new MailTemplates(settings(dir)).check())
                .hasMessageContaining("reminder.txt").hasMessageContaining("missing");
    }

    @Test
    void shouldFillTheEnglishTextForSomeoneWhoChoseEnglishAndTheDutchOneWhereThereIsNoEnglish() throws IOException {
        MailTemplates shipped = new MailTemplates(settings(Path.of("config/mail")));
        shipped.check();
        Map<String, String> values = Map.of("naam", "Judith Prins", "taak", "Self-assessment", "medewerker",
                "Judith Prins", "datum", "1 March 2027", "link", "https://gc/gesprek/7");
        assertThat(shipped.render("reminder", Locale.ENGLISH, values).subject())
                .isEqualTo("Reminder: Self-assessment (Judith Prins) due 1 March 2027");
        assertThat(shipped.render("reminder", Locale.forLanguageTag("nl"), values).subject()).startsWith("Herinnering:");

        // a municipality that wrote no English texts (or not all of them): Dutch
        for (String name : MailTemplates.REQUIRED) {
            Files.copy(Path.of("config/mail", name + ".txt"), dir.resolve(name + ".txt"));
        }
        MailTemplates dutchOnly = new MailTemplates(settings(dir));
        dutchOnly.check();
        assertThat(dutchOnly.render("reminder", Locale.ENGLISH, values).subject()).startsWith("Herinnering:");
    }

    @Test
    void shouldRefuseToStartWithAnUnknownPlaceholderInAnEnglishText() throws IOException {
        for (String name : MailTemplates.REQUIRED) {
            Files.copy(Path.of("config/mail", name + ".txt"), dir.resolve(name + ".txt"));
        }
        Files.createDirectories(dir.resolve("en"));
        Files.writeString(dir.resolve("en").resolve("digest.txt"), "Summary for ${name}\n\nDear ${naam},\n");
        assertThatThrownBy(() -> new MailTemplates(settings(dir)).check())
                .hasMessageContaining("en").hasMessageContaining("digest.txt").hasMessageContaining("name");
    }

    private static MailSettings settings(Path templates) {
        return new MailSettings(true, "localhost", 25, "", "", false, "gc@localhost", "http://localhost:8080/",
                templates, 7, 50, 5, Duration.ofMinutes(1), Duration.ofMinutes(10));
    }
}
