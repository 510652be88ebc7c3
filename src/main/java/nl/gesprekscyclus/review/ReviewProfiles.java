package nl.gesprekscyclus.review;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LevelScale;
import org.springframework.stereotype.Component;

/**
 * The function book as a review sees it: the version that was current when the review started (a new book
 * version during the year does not move the goalposts of a running review).
 */
@Component
class ReviewProfiles {

    private final FunctionBooks books;

    ReviewProfiles(FunctionBooks books) {
        this.books = books;
    }

    FunctionBook book(Review review) {
        return review.getFunctionBookVersionId() == null ? books.current().book()
                : books.version(review.getFunctionBookVersionId()).book();
    }

    Optional<JobProfile> profile(Review review) {
        return review.getJobProfileCode() == null ? Optional.empty() : book(review).jobProfile(review.getJobProfileCode());
    }

    Set<String> resultAreaCodes(Review review) {
        return profile(review).map(p -> p.resultAreas().stream().map(JobProfile.ResultArea::code)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    LevelScale scale(Review review) {
        return book(review).levelScale();
    }
}
