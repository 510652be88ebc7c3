package nl.gesprekscyclus.base;

import java.util.List;

/**
 * Makes a value safe as a cell of a CSV file that someone opens in a spreadsheet (OWASP, "CSV Injection"): a cell
 * that starts with {@code = + - @}, a tab or a carriage return is read by Excel and LibreOffice as a formula, so a
 * username like {@code =HYPERLINK("http://…","klik")} from a failed login, or an employee's name, would run or
 * link out on the reader's machine. Such a cell gets a single quote in front: the spreadsheet shows it as text
 * (a name that really starts with "-" stays readable). Also when spaces or line breaks come first, which some
 * programs strip before they look, and for the full-width signs some input methods type. For CSV only: the Excel
 * exports write string cells, which are never formulas.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + value;
        }
        int i = 0;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0 ? "'" + value : value;
    }

    public static List<String> neutralise(List<String> row) {
        return row.stream().map(CsvCells::neutralise).toList();
    }
}
