package nl.gesprekscyclus.review;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a change of agreements proposes: result and development agreements to change (lineage and new
 * content), to add (lineage null) or to remove (content null).
 */
public record AgreementChangeProposal(List<ResultAgreementChange> resultAgreements,
        List<DevelopmentAgreementChange> developmentAgreements) {

    public AgreementChangeProposal {
        resultAgreements = resultAgreements == null ? List.of() : List.copyOf(resultAgreements);
        developmentAgreements = developmentAgreements == null ? List.of() : List.copyOf(developmentAgreements);
    }

    public record ResultAgreementChange(String lineage, ResultAgreementData data) {
    }

    public record DevelopmentAgreementChange(String lineage, DevelopmentAgreementData data) {
    }

    @JsonIgnore
    public boolean isEmpty() {
        return resultAgreements.isEmpty() && developmentAgreements.isEmpty();
    }
}
