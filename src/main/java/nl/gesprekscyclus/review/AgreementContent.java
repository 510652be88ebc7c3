package nl.gesprekscyclus.review;

import java.util.List;

/** The agreements of a review as they are signed: exactly these versions, with their content. */
record AgreementContent(String review, int year, String jobTitle, String jobProfile,
        List<Result> resultAgreements, List<Development> developmentAgreements) {

    record Result(String lineage, int version, ResultAgreementData content) {
    }

    record Development(String lineage, int version, DevelopmentAgreementData content) {
    }

    static AgreementContent of(Review review, List<ResultAgreement> results, List<DevelopmentAgreement> developments) {
        return new AgreementContent(review.getProcessKey(), review.getYear(), review.getJobTitleCode(),
                review.getJobProfileCode(),
                results.stream().map(a -> new Result(a.getLineage(), a.getVersionNumber(), a.data())).toList(),
                developments.stream().map(a -> new Development(a.getLineage(), a.getVersionNumber(), a.data())).toList());
    }
}
