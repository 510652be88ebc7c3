package nl.gesprekscyclus.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV export as Dutch Excel opens it without an import wizard: UTF-8 with a byte order mark, semicolons between
 * cells; every cell goes through {@link CsvCells#neutralise} (names and typed text come from outside). The one way
 * the exports (Voortgang, audit, roles) write CSV.
 */
public final class DutchCsv {

    private final CSVPrinter printer;

    private DutchCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Writes the byte order mark and returns the writer of the rows. */
    public static DutchCsv open(OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            return new DutchCsv(new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setDelimiter(';').get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row, each cell neutralised. */
    public void row(List<String> cells) {
        try {
            printer.printRecord(CsvCells.neutralise(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
