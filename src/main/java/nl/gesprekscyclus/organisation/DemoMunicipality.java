package nl.gesprekscyclus.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A demo municipality generated from a small description ({@code config/demo-middelstad/organisation.yaml}): a
 * gemeente with its gemeentesecretaris, afdelingen with their afdelingshoofd, teams with their teamleider and
 * people. The people the description names (the README's logins) keep their names; everyone else gets a name, job
 * title and start date drawn with the description's seed, so every start on every machine gives the same
 * organisation. The result is a units file and an employees file as an HR system exports them, so the demo goes
 * through the import and its rules like real data does, and one login per employee.
 */
public final class DemoMunicipality {

    /** A person the description names; unnamed fields are drawn. */
    public record Person(String firstName, String prefix, String lastName, String login, String jobTitle,
            List<String> roles) {
    }

    /**
     * {@code size}: the team's people besides its teamleider, the named members first; {@code jobTitles}: the team's
     * own spread of titles (the swimming pool's instructors), else the description's.
     */
    public record Team(String code, String name, int size, boolean coordinator, Person leader, List<Person> members,
            LinkedHashMap<String, Integer> jobTitles) {
    }

    public record Afdeling(String code, String name, Person head, List<Team> teams) {
    }

    public record Description(String organisation, long seed, String emailDomain, int firstPersonnelNumber,
            String defaultPassword, String headJobTitle, String leaderJobTitle, LinkedHashMap<String, Integer> jobTitles,
            List<String> firstNames, List<String> prefixes, List<String> lastNames, Person gemeentesecretaris,
            List<Afdeling> afdelingen) {
    }

    /** A login for one employee; {@code roles} only the assigned ones (HR, ADMIN). */
    public record Login(String username, String personnelNumber, List<String> roles) {
    }

    /** The generated organisation: the two import files, and a login per employee. */
    public record Generated(byte[] unitsCsv, byte[] employeesCsv, List<Login> logins) {
    }

    static final String UNITS_HEADER = "code;naam;bovenliggend;leidinggevende;plaatsvervanger;soort";
    static final String EMPLOYEES_HEADER = "personeelsnummer;voornaam;tussenvoegsel;achternaam;email;functie;eenheid;"
            + "leidinggevende;coordinator;coordinatiemodule;datum_in_dienst;actief";
    private static final String TOP_CODE = "gemeente";

    private DemoMunicipality() {
    }

    public static Description read(Path file) {
        try {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(file.toFile(), Description.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo municipality " + file.toAbsolutePath() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    public static Generated generate(Description d) {
        return new Generator(d).run();
    }

    /** One run: the random draws happen in one fixed order (top, afdelingen, teams, members), hence the same result. */
    private static final class Generator {

        private final Description d;
        private final Random random;
        private final List<String> titles;
        private final StringBuilder units = new StringBuilder(UNITS_HEADER + "\n");
        private final StringBuilder employees = new StringBuilder(EMPLOYEES_HEADER + "\n");
        private final List<Login> logins = new ArrayList<>();
        private final Set<String> usernames = new HashSet<>();
        private final Map<String, Integer> emails = new HashMap<>();
        private int next;

        Generator(Description d) {
            this.d = d;
            this.random = new Random(d.seed());
            this.next = d.firstPersonnelNumber();
            this.titles = spread(d.jobTitles());
            // the named logins are reserved first, so a drawn namesake becomes jansen2 and never takes one
            named().forEach(p -> {
                if (p.login() != null && !usernames.add(p.login())) {
                    throw new IllegalStateException("Demo municipality: login " + p.login() + " is named twice");
                }
            });
        }

        /** Each title as often as its weight, to draw from. */
        private static List<String> spread(Map<String, Integer> weights) {
            List<String> titles = new ArrayList<>();
            weights.forEach((code, weight) -> {
                for (int i = 0; i < weight; i++) {
                    titles.add(code);
                }
            });
            return titles;
        }

        private List<Person> named() {
            List<Person> named = new ArrayList<>();
            named.add(d.gemeentesecretaris());
            for (Afdeling a : d.afdelingen()) {
                named.add(a.head());
                for (Team t : a.teams()) {
                    named.add(t.leader());
                    if (t.members() != null) {
                        named.addAll(t.members());
                    }
                }
            }
            named.removeIf(p -> p == null);
            return named;
        }

        Generated run() {
            String secretary = person(d.gemeentesecretaris(), "gemeentesecretaris", TOP_CODE, null, false);
            units.append(row(TOP_CODE, d.organisation(), "", secretary, "", "gemeente"));
            List<String[]> teamRows = new ArrayList<>();
            for (Afdeling a : d.afdelingen()) {
                String head = person(a.head(), d.headJobTitle(), a.code(), null, false);
                units.append(row(a.code(), a.name(), TOP_CODE, head, "", "afdeling"));
                List<String> leaders = new ArrayList<>();
                for (Team t : a.teams()) {
                    leaders.add(person(t.leader(), d.leaderJobTitle(), t.code(), null, false));
                }
                for (int i = 0; i < a.teams().size(); i++) {
                    Team t = a.teams().get(i);
                    // the teamleider of the next team stands in (plaatsvervanger): a manager who can act for another
                    String deputy = a.teams().size() > 1 ? leaders.get((i + 1) % leaders.size()) : "";
                    teamRows.add(new String[] {t.code(), t.name(), a.code(), leaders.get(i), deputy, "team"});
                }
            }
            // members after every manager, so the managers' numbers are the first ones in every run
            for (Afdeling a : d.afdelingen()) {
                for (Team t : a.teams()) {
                    members(t);
                }
            }
            teamRows.forEach(r -> units.append(row(r)));
            return new Generated(units.toString().getBytes(StandardCharsets.UTF_8),
                    employees.toString().getBytes(StandardCharsets.UTF_8), List.copyOf(logins));
        }

        private void members(Team t) {
            List<Person> named = t.members() == null ? List.of() : t.members();
            if (named.size() > t.size()) {
                throw new IllegalStateException("Demo municipality: team " + t.code() + " names more people than its size");
            }
            List<String> teamTitles = t.jobTitles() == null ? titles : spread(t.jobTitles());
            String coordinator = null;
            for (int i = 0; i < t.size(); i++) {
                Person p = i < named.size() ? named.get(i) : null;
                boolean coordinates = t.coordinator() && i == 0;
                String number = person(p, null, teamTitles, t.code(), coordinator, coordinates);
                if (coordinates) {
                    coordinator = number;
                }
            }
        }

        /** Writes one employee row and their login; returns the personnel number. */
        private String person(Person named, String jobTitle, String unit, String coordinator, boolean module) {
            return person(named, jobTitle, titles, unit, coordinator, module);
        }

        private String person(Person named, String jobTitle, List<String> titles, String unit, String coordinator,
                boolean module) {
            Person p = named == null ? new Person(null, null, null, null, null, null) : named;
            String number = String.valueOf(next++);
            String first = p.firstName() != null ? p.firstName() : draw(d.firstNames());
            String prefix = p.firstName() != null ? nonNull(p.prefix()) : draw(d.prefixes());
            String last = p.lastName() != null ? p.lastName() : draw(d.lastNames());
            String title = p.jobTitle() != null ? p.jobTitle() : jobTitle != null ? jobTitle : draw(titles);
            // in service between 1990 and 2024: everyone has been there long enough for this year's assessment
            LocalDate start = LocalDate.of(1990 + random.nextInt(35), 1 + random.nextInt(12), 1);
            String username = p.login() != null ? p.login() : username(last);
            employees.append(row(number, first, prefix, last, email(first, prefix, last), title, unit, "",
                    coordinator == null ? "" : coordinator, module ? "ja" : "nee", start.toString(), "ja"));
            logins.add(new Login(username, number, p.roles() == null ? List.of() : List.copyOf(p.roles())));
            return number;
        }

        private String draw(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** The surname without prefix, accents or spaces, in lower case; a second one gets 2, and so on. */
        private String username(String lastName) {
            String base = ascii(lastName);
            String name = base;
            for (int n = 2; !usernames.add(name); n++) {
                name = base + n;
            }
            return name;
        }

        private String email(String first, String prefix, String last) {
            String local = ascii(first) + "." + ascii(prefix) + ascii(last);
            int n = emails.merge(local, 1, Integer::sum);
            return (n == 1 ? local : local + n) + "@" + d.emailDomain();
        }

        private static String row(String... cells) {
            for (String cell : cells) {
                if (cell.contains(";") || cell.contains("\"") || cell.contains("\n")) {
                    throw new IllegalStateException("Demo municipality: '" + cell + "' holds a separator or quote");
                }
            }
            return String.join(";", cells) + "\n";
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }

    /** Lower-case a-z and digits only: Çelik → celik, Aydın → aydin, El Amrani → elamrani. */
    static String ascii(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ı', 'i'), Normalizer.Form.NFD);
        return decomposed.replaceAll("[^a-z0-9]", "");
    }
}
