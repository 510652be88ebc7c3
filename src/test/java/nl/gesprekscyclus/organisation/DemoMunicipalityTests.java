package nl.gesprekscyclus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated demo municipality Middelstad ({@code config/demo-middelstad/organisation.yaml}): the same people on
 * every run, in the shape the README promises. Pure and quick; {@code MiddelstadDemoTests} imports it for real.
 */
class DemoMunicipalityTests {

    private static final Path DESCRIPTION = Path.of("config/demo-middelstad/organisation.yaml");

    private final DemoMunicipality.Generated generated = DemoMunicipality.generate(DemoMunicipality.read(DESCRIPTION));

    @Test
    void shouldGenerateTheSameMunicipalityOnEveryRun() {
        DemoMunicipality.Generated again = DemoMunicipality.generate(DemoMunicipality.read(DESCRIPTION));

        assertThat(again.unitsCsv()).isEqualTo(generated.unitsCsv());
        assertThat(again.employeesCsv()).isEqualTo(generated.employeesCsv());
        assertThat(again.logins()).isEqualTo(generated.logins());
        // and not the same person 600 times: the draws vary
        assertThat(employees().stream().map(e -> e.get("achternaam")).distinct().count()).isGreaterThan(50);
    }

    @Test
    void shouldHaveFourAfdelingenAndAboutThirtyTeamsEachWithATeamleiderAndADeputy() {
        List<Map<String, String>> units = rows(generated.unitsCsv());
        Map<String, String> top = units.get(0);
        List<Map<String, String>> afdelingen = units.stream().filter(u -> u.get("soort").equals("afdeling")).toList();
        List<Map<String, String>> teams = units.stream().filter(u -> u.get("soort").equals("team")).toList();

        assertThat(top.get("naam")).isEqualTo("Gemeente Middelstad");
        assertThat(top.get("bovenliggend")).isEmpty();
        assertThat(afdelingen).hasSize(4).allSatisfy(a -> assertThat(a.get("bovenliggend")).isEqualTo("gemeente"));
        assertThat(teams).hasSizeBetween(25, 35).allSatisfy(t -> {
            assertThat(afdelingen.stream().map(a -> a.get("code"))).contains(t.get("bovenliggend"));
            assertThat(t.get("leidinggevende")).isNotEmpty();
            assertThat(t.get("plaatsvervanger")).isNotEmpty().isNotEqualTo(t.get("leidinggevende"));
        });
        assertThat(units).extracting(u -> u.get("leidinggevende")).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void shouldHaveAboutSixHundredEmployeesWithUniqueLoginsAndAddresses() {
        List<Map<String, String>> employees = employees();

        assertThat(employees).hasSizeBetween(570, 630);
        assertThat(generated.logins()).hasSameSizeAs(employees);
        assertThat(generated.logins()).extracting(DemoMunicipality.Login::username).doesNotHaveDuplicates()
                .allMatch(u -> u.matches("[a-z][a-z0-9]*"));
        assertThat(employees).extracting(e -> e.get("email")).doesNotHaveDuplicates();
        assertThat(employees).extracting(e -> e.get("personeelsnummer")).doesNotHaveDuplicates();
        // Dutch names with their prefixes and accents, as an HR system exports them
        assertThat(employees).extracting(e -> e.get("tussenvoegsel")).contains("van der", "de", "");
        assertThat(employees).extracting(e -> e.get("achternaam")).contains("Müller", "Çelik");
        assertThat(employees).extracting(e -> e.get("voornaam")).contains("Ëlise");
        // a spread of the function book's titles, and some coordinators with the module
        assertThat(employees.stream().map(e -> e.get("functie")).distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(employees.stream().filter(e -> e.get("coordinatiemodule").equals("ja")).count())
                .isBetween(3L, 20L);
    }

    @Test
    void shouldGiveTheReadmeLoginsTheirPlaceInTheTree() {
        Map<String, Map<String, String>> byLogin = byLogin();
        Map<String, Map<String, String>> units = rows(generated.unitsCsv()).stream()
                .collect(Collectors.toMap(u -> u.get("code"), Function.identity()));
        Map<String, String> vink = byLogin.get("vink");
        Map<String, String> team = units.get(vink.get("eenheid"));
        Map<String, String> afdeling = units.get(team.get("bovenliggend"));

        assertThat(team.get("soort")).isEqualTo("team");
        assertThat(team.get("leidinggevende")).isEqualTo(number(byLogin, "terpstra"));
        assertThat(team.get("plaatsvervanger")).isEqualTo(number(byLogin, "benali"));
        assertThat(afdeling.get("leidinggevende")).isEqualTo(number(byLogin, "abrahams"));
        assertThat(units.get("gemeente").get("leidinggevende")).isEqualTo(number(byLogin, "zanden"));
        assertThat(byLogin.get("zanden").get("functie")).isEqualTo("gemeentesecretaris");
        assertThat(vink.get("coordinator")).isEqualTo(number(byLogin, "ruiter"));
        assertThat(byLogin.get("ruiter").get("coordinatiemodule")).isEqualTo("ja");
        assertThat(roles("aydin")).containsExactly("HR");
        assertThat(roles("cate")).containsExactly("ADMIN");
        assertThat(roles("vink")).isEmpty();
    }

    private List<String> roles(String username) {
        return generated.logins().stream().filter(l -> l.username().equals(username)).findFirst().orElseThrow()
                .roles();
    }

    private static String number(Map<String, Map<String, String>> byLogin, String login) {
        return byLogin.get(login).get("personeelsnummer");
    }

    private Map<String, Map<String, String>> byLogin() {
        Map<String, Map<String, String>> byNumber = employees().stream()
                .collect(Collectors.toMap(e -> e.get("personeelsnummer"), Function.identity()));
        Map<String, Map<String, String>> byLogin = new HashMap<>();
        generated.logins().forEach(l -> byLogin.put(l.username(), byNumber.get(l.personnelNumber())));
        return byLogin;
    }

    private List<Map<String, String>> employees() {
        return rows(generated.employeesCsv());
    }

    private static List<Map<String, String>> rows(byte[] csv) {
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(";", -1));
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells[i]);
            }
            return row;
        }).toList();
    }
}
