package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A signature's hash is stable for the same content and changes with any change of it, names included. */
class SignedContentTests {

    static final SignedFunction FUNCTION = new SignedFunction("Beleidsadviseur", "Medewerker Ontwikkeling II",
            "ommen-hr21 version 1");

    static AgreementContent agreed(String areaName, LocalDate deadline) {
        return new AgreementContent("2027/100031", 2027, "beleidsadviseur", "mo-ii", FUNCTION, List.of(
                new AgreementContent.Result("l1", 1, areaName, new ResultAgreementData("RG1", null, "Nota",
                        "Vastgesteld", deadline, 100))), List.of());
    }

    @Test
    void shouldHashTheSameContentTheSameWayAndAnyChangeDifferently() {
        var a = agreed("Beleidsontwikkeling", LocalDate.of(2027, 6, 30));
        var same = agreed("Beleidsontwikkeling", LocalDate.of(2027, 6, 30));
        var other = agreed("Beleidsontwikkeling", LocalDate.of(2027, 7, 1));
        assertThat(SignedContent.of(a)).isEqualTo(SignedContent.of(same));
        assertThat(SignedContent.of(a).hash()).isNotEqualTo(SignedContent.of(other).hash()).hasSize(64);
        assertThat(SignedContent.of(a).json()).contains("\"deadline\":\"2027-06-30\"");
        assertThat(SignedContent.sha256(SignedContent.of(a).json())).isEqualTo(SignedContent.of(a).hash());
    }

    /** The document shows the area's name, not "RG1": the signature covers the name, so another name is another hash. */
    @Test
    void shouldCoverTheNameOfTheResultAreaAndOfTheFunction() {
        var a = agreed("Beleidsontwikkeling", LocalDate.of(2027, 6, 30));
        var renamed = agreed("Advisering", LocalDate.of(2027, 6, 30));
        assertThat(SignedContent.of(a).json()).contains("\"resultAreaName\":\"Beleidsontwikkeling\"")
                .contains("\"jobProfile\":\"Medewerker Ontwikkeling II\"").contains("ommen-hr21 version 1");
        assertThat(SignedContent.of(a).hash()).isNotEqualTo(SignedContent.of(renamed).hash());
    }
}
