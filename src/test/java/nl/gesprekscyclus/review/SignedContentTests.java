package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A signature's hash is stable for the same content and changes with any change of it. */
class SignedContentTests {

    @Test
    void shouldHashTheSameContentTheSameWayAndAnyChangeDifferently() {
        var a = new AgreementContent("2027/100031", 2027, "beleidsadviseur", "mo-ii", List.of(new AgreementContent.Result(
                "l1", 1, new ResultAgreementData("RG1", null, "Nota", "Vastgesteld", LocalDate.of(2027, 6, 30), 100))),
                List.of());
        var same = new AgreementContent("2027/100031", 2027, "beleidsadviseur", "mo-ii", List.of(
                new AgreementContent.Result("l1", 1, new ResultAgreementData("RG1", null, "Nota", "Vastgesteld",
                        LocalDate.of(2027, 6, 30), 100))), List.of());
        var other = new AgreementContent("2027/100031", 2027, "beleidsadviseur", "mo-ii", List.of(
                new AgreementContent.Result("l1", 1, new ResultAgreementData("RG1", null, "Nota", "Vastgesteld",
                        LocalDate.of(2027, 7, 1), 100))), List.of());
        assertThat(SignedContent.of(a)).isEqualTo(SignedContent.of(same));
        assertThat(SignedContent.of(a).hash()).isNotEqualTo(SignedContent.of(other).hash()).hasSize(64);
        assertThat(SignedContent.of(a).json()).contains("\"deadline\":\"2027-06-30\"");
        assertThat(SignedContent.sha256(SignedContent.of(a).json())).isEqualTo(SignedContent.of(a).hash());
    }
}
