package nl.gesprekscyclus.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The agreements of a review as they are signed: exactly these versions, with their content, the name of each
 * result agreement's resultaatgebied as it was agreed, and the function by name. The signed document shows names,
 * not codes, so the names are part of what the signature's hash covers.
 */
record AgreementContent(String review, int year, String jobTitle, String jobProfile, SignedFunction function,
        List<Result> resultAgreements, List<Development> developmentAgreements) {

    /** @param roleName the name of the role the agreement is linked to (issue 18); left out of the JSON when none */
    record Result(String lineage, int version, String resultAreaName, ResultAgreementData content,
            @JsonInclude(JsonInclude.Include.NON_NULL) String roleName) {

        Result(String lineage, int version, String resultAreaName, ResultAgreementData content) {
            this(lineage, version, resultAreaName, content, null);
        }
    }

    record Development(String lineage, int version, DevelopmentAgreementData content) {
    }

    static AgreementContent of(Review review, SignedFunction function, List<ResultAgreement> results,
            List<DevelopmentAgreement> developments) {
        return new AgreementContent(review.getProcessKey(), review.getYear(), review.getJobTitleCode(),
                review.getJobProfileCode(), function,
                results.stream().map(a -> new Result(a.getLineage(), a.getVersionNumber(), a.resultAreaName(),
                        a.data(), a.roleName())).toList(),
                developments.stream().map(a -> new Development(a.getLineage(), a.getVersionNumber(), a.data())).toList());
    }
}
