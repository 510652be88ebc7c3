package nl.gesprekscyclus.notification;

import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import nl.gesprekscyclus.base.i18n.Messages;
import org.springframework.stereotype.Component;
import org.springframework.util.PropertyPlaceholderHelper;

/**
 * The mail texts in config/mail/, one file per kind, which an operator edits without a developer: the first
 * line is the subject, the rest (after a blank line) the body; {@code ${naam}}-style placeholders are filled in
 * with Spring's placeholder helper. Read at every mail, so an edit takes effect without a restart; checked at
 * start-up, so a missing file or an unknown placeholder stops the start with the file's name.
 * English texts are optional, in config/mail/en/ under the same names: a recipient who chose English gets the
 * English file where there is one, and the Dutch one where there is not.
 */
@Component
class MailTemplates {

    /** The files the app needs (Dutch). */
    static final List<String> REQUIRED = requiredNames();
    static final String DIGEST = "digest";
    static final String DIGEST_LINE = "digest-regel";
    /** The folder of the English texts, inside the templates folder. */
    static final String ENGLISH = "en";

    /** What a placeholder may name; anything else in a template is a typo the operator should hear about. */
    static final List<String> PLACEHOLDERS = List.of("naam", "taak", "medewerker", "datum", "link", "aantal",
            "regels", "onderwerp");

    private static final PropertyPlaceholderHelper HELPER = new PropertyPlaceholderHelper("${", "}", null, null,
            false);

    private final Path dir;

    MailTemplates(MailSettings settings) {
        this.dir = settings.templatesDir();
    }

    record Rendered(String subject, String body) {
    }

    @PostConstruct
    void check() {
        for (String name : REQUIRED) {
            check(file(name));
            Path english = englishFile(name);
            if (Files.exists(english)) {
                check(english);
            }
        }
    }

    private void check(Path file) {
        Template t = load(file);
        Properties probe = new Properties();
        PLACEHOLDERS.forEach(p -> probe.setProperty(p, ""));
        try {
            HELPER.replacePlaceholders(t.subject + "\n" + t.body, probe);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage() + " (known placeholders: "
                    + String.join(", ", PLACEHOLDERS) + ")", e);
        }
    }

    /** The Dutch text. */
    Rendered render(String name, Map<String, String> values) {
        return render(name, Messages.DUTCH, values);
    }

    /** The text in the recipient's language: English if they chose it and there is an English file, else Dutch. */
    Rendered render(String name, Locale language, Map<String, String> values) {
        Path english = englishFile(name);
        boolean inEnglish = "en".equals(language.getLanguage()) && Files.isRegularFile(english);
        Template t = load(inEnglish ? english : file(name));
        Properties props = new Properties();
        props.putAll(values);
        return new Rendered(HELPER.replacePlaceholders(t.subject, props).strip(),
                HELPER.replacePlaceholders(t.body, props));
    }

    private record Template(String subject, String body) {
    }

    private Template load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + ": mail template missing (see docs/notifications.md)");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int end = text.indexOf('\n');
            if (end < 0 || text.substring(0, end).isBlank()) {
                throw new IllegalStateException(file + ": the first line must be the subject");
            }
            return new Template(text.substring(0, end), text.substring(end + 1).stripLeading());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
    }

    private Path file(String name) {
        return dir.resolve(name + ".txt");
    }

    private Path englishFile(String name) {
        return dir.resolve(ENGLISH).resolve(name + ".txt");
    }

    private static List<String> requiredNames() {
        List<String> names = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            names.add(kind.templateName());
        }
        names.add(DIGEST);
        names.add(DIGEST_LINE);
        return List.copyOf(names);
    }
}
