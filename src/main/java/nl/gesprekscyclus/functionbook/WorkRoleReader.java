package nl.gesprekscyclus.functionbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gesprekscyclus.functionbook.InvalidFunctionBookException.Problem;

/**
 * Reads the role catalogue folder ({@code gesprekscyclus.roles.location}) and checks every file against the active
 * function book. Pure apart from reading the files: the start-up step ({@link WorkRoles}) decides what happens to
 * the people who hold a role. A bad file refuses the whole catalogue, naming the file, the role and the problem.
 */
public final class WorkRoleReader {

    static final String WHAT = "Role catalogue";

    private final FunctionBookReader reader;

    public WorkRoleReader(FunctionBookReader reader) {
        this.reader = reader;
    }

    /** Every {@code *.yaml} of the folder, checked; an absent folder is an empty catalogue (roles are optional). */
    public WorkRoleCatalogue read(Path dir, FunctionBook book) {
        if (dir == null || !Files.isDirectory(dir)) {
            return WorkRoleCatalogue.EMPTY;
        }
        List<Path> files = FunctionBookLoader.yamlFiles(dir);
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            WorkRoleFile content = reader.parse(WHAT, name, bytes(file), WorkRoleFile.class);
            List<Problem> problems = WorkRoleValidator.validate(book, content);
            if (!problems.isEmpty()) {
                throw new InvalidFunctionBookException(WHAT, name, problems);
            }
            for (int i = 0; i < content.roles().size(); i++) {
                entries.add(new Entry(name, i, content.roles().get(i)));
            }
        }
        return across(entries);
    }

    /** A role with the file it came from and its place there, for messages. */
    private record Entry(String file, int index, WorkRole role) {
        String path() {
            return WorkRoleValidator.path(index, role);
        }
    }

    /**
     * What one file cannot see: a code used in two files, a removed role claimed by two roles, and a role that is
     * still in the catalogue named as replaced (its holders would move while the role stays).
     */
    private static WorkRoleCatalogue across(List<Entry> entries) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        Map<String, Entry> replacing = new LinkedHashMap<>();
        Map<String, List<Problem>> problems = new LinkedHashMap<>();
        for (Entry e : entries) {
            Entry other = byCode.putIfAbsent(e.role().code(), e);
            if (other != null) {
                problems.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(new Problem(e.path() + ".code",
                        "duplicate role code '" + e.role().code() + "' (also in " + other.file() + ")"));
            }
        }
        for (Entry e : entries) {
            for (String old : e.role().replaces()) {
                Entry earlier = replacing.putIfAbsent(old, e);
                if (earlier != null && earlier.role() != e.role()) {
                    problems.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(new Problem(e.path() + ".replaces",
                            "role '" + old + "' is already replaced by '" + earlier.role().code() + "' ("
                                    + earlier.file() + "); one role takes over its assignments"));
                } else if (byCode.containsKey(old)) {
                    problems.computeIfAbsent(e.file(), f -> new ArrayList<>()).add(new Problem(e.path() + ".replaces",
                            "role '" + old + "' is still in the catalogue (" + byCode.get(old).file()
                                    + "); 'replaces' names only roles that were removed"));
                }
            }
        }
        problems.entrySet().stream().findFirst().ifPresent(p -> {
            throw new InvalidFunctionBookException(WHAT, p.getKey(), p.getValue());
        });
        Map<String, WorkRole> replacedBy = new LinkedHashMap<>();
        replacing.forEach((old, e) -> replacedBy.put(old, e.role()));
        return new WorkRoleCatalogue(entries.stream().map(Entry::role).toList(), replacedBy);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role catalogue " + file, e);
        }
    }
}
