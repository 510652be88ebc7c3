package nl.gesprekscyclus.test_support;

import java.nio.charset.StandardCharsets;

/** Builds employee import files in the HR-export format the import screen documents. */
public final class EmployeeCsv {
    public static final String HEADER = "personeelsnummer;voornaam;tussenvoegsel;achternaam;email;functie;cluster;"
            + "leidinggevende;coordinator;datum_in_dienst;actief\n";

    private EmployeeCsv() {
    }

    /** A UTF-8 file with the standard header and the given rows. */
    public static byte[] withRows(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }
}
