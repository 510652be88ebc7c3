package nl.gesprekscyclus.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The document's markup: people's text stays text, whatever they typed, and the PDF shows it as typed. */
class DocumentHtmlTests {

    static final String ATTACK = "<img src=x onerror=alert(1)></td></tr></table><h1>Vals</h1> & \"quotes\" 'single'";

    @Test
    void shouldEscapeEveryValueSoMarkupInUserTextIsShownAsText() throws IOException {
        DocumentData data = data(ATTACK, "Zoë Çelik-d'Ancona \u0007");

        String html = DocumentHtml.render(data, Instant.parse("2027-12-20T10:00:00Z"));

        assertThat(html).doesNotContain("<img", "<h1>Vals").contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("Zo\u00eb \u00c7elik-d&#39;Ancona").doesNotContain("\u0007");
        byte[] pdf = new DocumentPdf().render(html);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("<img src=x onerror=alert(1)></td></tr></table><h1>Vals</h1> & \"quotes\" 'single'")
                    .contains("Zoë Çelik-d'Ancona").contains("Beoordeling 2027");
        }
    }

    private static DocumentData data(String zienswijze, String employee) {
        return new DocumentData(DocumentKind.ASSESSMENT, "Gemeente Ommen", "2027/100020", 2027,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 15), employee, "100020", "Beheerder",
                "Medewerker beleidsuitvoering III", "Annemarie Bakker", null,
                List.of(new DocumentData.Result(2, "Advisering", null, ATTACK, "criterium", LocalDate.of(2027, 6, 30),
                        100, "behaald", "behaald", ATTACK, null)),
                List.of(), List.of(new DocumentData.Rating(ATTACK, "Niveau C", null, null, "Niveau B", null, null)),
                new DocumentData.Judgement("goed", "periodiek", ATTACK, null, "Nico Niveau", ATTACK, null),
                new DocumentData.Response(zienswijze, true, Instant.parse("2027-12-01T10:00:00Z")), null,
                List.of(new DocumentData.Signed("Afgesloten", employee, Instant.parse("2027-12-10T10:00:00Z"),
                        "ab".repeat(32))), List.of());
    }
}
