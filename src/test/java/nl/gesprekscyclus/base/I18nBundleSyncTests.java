package nl.gesprekscyclus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things, and every text the code asks for exists (spring-petclinic's I18nPropertiesSyncTest). */
class I18nBundleSyncTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void shouldHaveTheSameKeysInDutchAndEnglish() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void shouldHaveEveryKeyTheCodeUses() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z-]+)+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String candidate = m.group(1);
                    if (candidate.matches("(app|common|layout|nav|error|login|profile|functionBook|employees|employee"
                            + "|units|unit|coordinators|import|roundView|agreement|assessment|progress|change|field"
                            + "|format|vaadin|roles)\\..+") && !candidate.endsWith(".")
                            && !candidate.matches(".*\\.(csv|yaml|yml|properties)")) {
                        used.add(candidate);
                    }
                }
            }
        }
        assertThat(keys).containsAll(used);
    }
}
