package nl.gesprekscyclus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one form of a username, and how typed text stands in a log line. */
class UsernamesTests {

    @Test
    void shouldBringEverySpellingThatLooksTheSameToOneForm() {
        // capitals, surrounding blanks, the long s (U+017F), the Kelvin sign (U+212A), full-width letters
        for (String typed : new String[] {"huisman", "HUISMAN", " Huisman\t", "hui\u017Fman",
                "\uFF48\uFF55\uFF49\uFF53\uFF4D\uFF41\uFF4E", "\uFF28\uFF35\uFF29\uFF33\uFF2D\uFF21\uFF2E"}) {
            assertThat(Usernames.canonical(typed)).as(typed).hasValue("huisman");
        }
        assertThat(Usernames.canonical("brin\u212A")).hasValue("brink");
        assertThat(Usernames.canonical("J.de.Vries@Ommen.NL")).hasValue("j.de.vries@ommen.nl");
        assertThat(Usernames.canonical("a.o'brien+hr_2@ommen.nl")).hasValue("a.o'brien+hr_2@ommen.nl");
    }

    @Test
    void shouldGiveNoFormToANameNoAccountCanHave() {
        // dotless ı and dotted İ (the database's upper() makes an I of the first), other scripts, invisible and
        // control characters inside the name, a name starting with a dot, one character too long, nothing
        for (String typed : new String[] {"hu\u0131sman", "HU\u0130SMAN", "j\u00FCrgen", "\u0445uisman",
                "huis\u200Bman", "\u202Ensmiuh", "huis\nman", ".huisman", "a".repeat(Usernames.MAX_LENGTH + 1), "",
                "   ", null}) {
            assertThat(Usernames.canonical(typed)).as(String.valueOf(typed)).isEmpty();
        }
        assertThat(Usernames.canonical("a".repeat(Usernames.MAX_LENGTH))).isPresent();
        assertThat(Usernames.isCanonical("huisman")).isTrue();
        assertThat(Usernames.isCanonical("Huisman")).isFalse();
    }

    @Test
    void shouldFoldOnlyAsciiCaseInAProvidersClaim() {
        assertThat(Usernames.fromProvider(" An.Smit@Ommen.nl ")).hasValue("an.smit@ommen.nl");
        // the provider keeps huiſman and huisman apart: so must we
        assertThat(Usernames.fromProvider("hui\u017Fman@ommen.nl")).isEmpty();
        assertThat(Usernames.fromProvider("brin\u212A@ommen.nl")).isEmpty();
        assertThat(Usernames.fromProvider("\uFF48uisman@ommen.nl")).isEmpty();
        assertThat(Usernames.fromProvider("hu\u0131sman@ommen.nl")).isEmpty();
        assertThat(Usernames.fromProvider(null)).isEqualTo(Optional.empty());
    }

    @Test
    void shouldEscapeLineBreaksAndInvisibleCharactersInLoggedText() {
        assertThat(LogSafe.text("a\r\nb")).isEqualTo("a\\u000d\\u000ab");
        assertThat(LogSafe.text("\u202Eknirb\u2028x\\u000a")).isEqualTo("\\u202eknirb\\u2028x\\u005cu000a");
        assertThat(LogSafe.text("\u05E9\u05E8\u05D4 \u0141ukasz \uD83D\uDC69\u200D\uD83D\uDCBC"))
                .as("names in other scripts are kept; a zero-width joiner is a format character too")
                .isEqualTo("\u05E9\u05E8\u05D4 \u0141ukasz \uD83D\uDC69\\u200d\uD83D\uDCBC");
        assertThat(LogSafe.text("\uD800x")).as("a lone surrogate").isEqualTo("\\ud800x");
        assertThat(LogSafe.ascii("hu\u0131sman")).isEqualTo("hu\\u0131sman");
        assertThat(LogSafe.text("x".repeat(100))).isEqualTo("x".repeat(LogSafe.MAX_CODE_POINTS) + "...");
        assertThat(LogSafe.text(null)).isNull();
    }
}
