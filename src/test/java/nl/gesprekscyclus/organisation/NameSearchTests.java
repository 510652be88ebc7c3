package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The folding behind "find by name": what a person types and what is stored must meet. */
class NameSearchTests {

    @Test
    void shouldFoldCaseAccentsAndSeparatorsIntoWords() {
        assertThat(NameSearch.key("Jürgen", null, "Müller", "430013")).isEqualTo("jurgen muller 430013");
        assertThat(NameSearch.key("Zoë", "van der", "Meer-Çelik", "1")).isEqualTo("zoe van der meer celik 1");
        assertThat(NameSearch.key("Søren", "'t", "Groß", "2")).isEqualTo("soren t gross 2");
        assertThat(NameSearch.words("  MÜLLER   jürgen ")).containsExactly("muller", "jurgen");
        assertThat(NameSearch.words("van der Meer")).containsExactly("van", "der", "meer");
        assertThat(NameSearch.words(" ")).isEmpty();
        assertThat(NameSearch.words(null)).isEmpty();
    }

    @Test
    void shouldMatchATypedLikeCharacterAsItself() {
        assertThat(NameSearch.containsPattern("a_b%c!")).isEqualTo("%a!_b!%c!!%");
    }
}
