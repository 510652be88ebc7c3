package nl.gesprekscyclus.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.FunctionBook;
import nl.gesprekscyclus.functionbook.FunctionBooks;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.JobTitle;
import nl.gesprekscyclus.functionbook.LoadedFunctionBook;
import nl.gesprekscyclus.functionbook.LevelScale;
import org.springframework.stereotype.Component;

/**
 * The function book as a review sees it: the version that was current when the review started (a new book
 * version during the year does not move the goalposts of a running review), or, after a change of function, the
 * version the new function was taken from; and the functions of the year before it ({@link #history}).
 */
@Component
class ReviewProfiles {

    private final FunctionBooks books;
    private final ReviewProfileChangeRepository changes;

    ReviewProfiles(FunctionBooks books, ReviewProfileChangeRepository changes) {
        this.books = books;
        this.changes = changes;
    }

    FunctionBook book(Review review) {
        return book(review.getFunctionBookVersionId());
    }

    private FunctionBook book(Long versionId) {
        return versionId == null ? books.current().book() : books.version(versionId).book();
    }

    /** The review's function by name and the book version it is read from: what a signature covers with the codes. */
    SignedFunction signedFunction(Review review) {
        LoadedFunctionBook loaded = review.getFunctionBookVersionId() == null ? books.current()
                : books.version(review.getFunctionBookVersionId());
        FunctionBook book = loaded.book();
        return new SignedFunction(book.jobTitle(review.getJobTitleCode()).map(JobTitle::name).orElse(null),
                profile(review).map(JobProfile::name).orElse(null),
                book.code() + " version " + loaded.versionNumber());
    }

    /** The resultaatgebied with this code in the review's current profile, with its name, to keep on an agreement. */
    AgreedArea area(Review review, String code) {
        String name = profile(review).flatMap(p -> p.resultAreas().stream().filter(a -> a.code().equals(code))
                .findFirst()).map(JobProfile.ResultArea::name).orElse(null);
        return new AgreedArea(code, name, review.getJobProfileCode(), review.getFunctionBookVersionId());
    }

    /**
     * The functions of the review's year, oldest first; the last is the one in force now (the review's own). A
     * function that ended on or before the period's first day is left out: it never counted for this review.
     */
    List<ProfilePeriod> history(Review review) {
        LocalDate start = review.dates().periodStart();
        List<ProfilePeriod> periods = new ArrayList<>();
        LocalDate from = start;
        for (ReviewProfileChange change : changes.findByReviewIdOrderByIdAsc(review.getId())) {
            LocalDate until = change.getEffectiveDate();
            if (until.isAfter(start)) {
                periods.add(period(from, until, change.before()));
            }
            from = until.isAfter(start) ? until : start;
        }
        periods.add(period(from, null, review.function()));
        return List.copyOf(periods);
    }

    private ProfilePeriod period(LocalDate from, LocalDate until, Review.Function function) {
        FunctionBook book = book(function.functionBookVersionId());
        return new ProfilePeriod(from, until, function.jobTitleCode(), book.jobTitle(function.jobTitleCode())
                .orElse(null), function.jobProfileCode() == null ? null
                        : book.jobProfile(function.jobProfileCode()).orElse(null), function.functionBookVersionId());
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
