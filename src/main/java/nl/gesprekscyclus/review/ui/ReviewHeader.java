package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * Whose review this is: name, job title, normfunctie and scale, year, phase, assessed period, manager, coordinator,
 * and where the round's policy names them, the second assessor and who signs off when that is not the manager.
 */
class ReviewHeader extends Div {

    ReviewHeader(ReviewDossier dossier, Locale locale) {
        addClassName("profile-header");
        addClassName("review-header");
        Review review = dossier.review();
        H2 name = new H2(dossier.employee() == null ? "" : dossier.employee().name());
        name.setId("review-employee");
        add(name);
        add(ReviewFormat.fact(getTranslation("review.header.jobTitle"),
                dossier.jobTitle() == null ? review.getJobTitleCode() : dossier.jobTitle().name(), "review-job-title"));
        if (dossier.jobProfile() != null) {
            add(ReviewFormat.fact(getTranslation("review.header.jobProfile"), dossier.jobProfile().name(),
                    "review-job-profile"));
        }
        if (dossier.jobTitle() != null && dossier.jobTitle().scale() != null) {
            add(ReviewFormat.fact(getTranslation("review.header.scale"), dossier.jobTitle().scale(), "review-scale"));
        }
        add(ReviewFormat.fact(getTranslation("review.header.year"), String.valueOf(review.getYear()), "review-year"));
        add(ReviewFormat.fact(getTranslation("review.header.phase"),
                getTranslation("review.phase." + review.getPhase().name()), "review-phase"));
        add(ReviewFormat.fact(getTranslation("review.header.period"), getTranslation("review.timeline.window",
                ReviewFormat.date(review.dates().periodStart(), locale), ReviewFormat.date(review.dates().periodEnd(), locale)),
                "review-period"));
        if (dossier.manager() != null) {
            add(ReviewFormat.fact(getTranslation("review.header.manager"), dossier.manager().name(), "review-manager"));
        }
        if (dossier.coordinator() != null) {
            add(ReviewFormat.fact(getTranslation("review.header.coordinator"), dossier.coordinator().name(),
                    "review-coordinator"));
        }
        if (dossier.secondAssessor() != null) {
            add(ReviewFormat.fact(getTranslation("review.header.secondAssessor"), dossier.secondAssessor().name(),
                    "review-second-assessor"));
        }
        if (dossier.signedOffByOther()) {
            add(ReviewFormat.fact(getTranslation("review.header.signer"), dossier.signer().name(), "review-signer"));
        }
    }
}
