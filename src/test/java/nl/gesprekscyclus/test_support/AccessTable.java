package nl.gesprekscyclus.test_support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of src/test/resources/access/: lines of "where;what;outcome per column", the columns named in the
 * first line that is not a comment. Each cell is one case of the authorization matrix.
 */
public record AccessTable(List<String> columns, List<Case> cases) {

    /** One cell: at {@code where} (a step, or a route), {@code what} (an action, a field) by {@code who}. */
    public record Case(String where, String what, String who, String expected) {

        @Override
        public String toString() {
            return where + " / " + what + " / " + who;
        }
    }

    public static AccessTable read(String resource) {
        try (InputStream in = AccessTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no table " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(";");
            List<String> columns = List.of(header).subList(2, header.length);
            List<Case> cases = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";");
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ": wrong number of cells in '" + line + "'");
                }
                for (int i = 2; i < cells.length; i++) {
                    cases.add(new Case(cells[0], cells[1], header[i], cells[i]));
                }
            }
            return new AccessTable(columns, cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Case> at(String where) {
        return cases.stream().filter(c -> c.where().equals(where)).toList();
    }
}
