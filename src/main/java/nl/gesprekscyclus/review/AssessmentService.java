package nl.gesprekscyclus.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.review.ReviewAccess.Acting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment phase: self-assessment, informant input, the manager's assessment (score per agreement,
 * rating per competency against the expected level, overall judgement and consequence), HR advice below
 * voldoende and the manager's weighing of it, the second assessor's opinion, the hand-over, the zienswijze and the
 * decision on it, "voor gezien" and the sign-off by whoever the round's policy names.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AssessmentService {

    private final ReviewAccess access;
    private final ReviewProcess process;
    private final ReviewProfiles profiles;
    private final ReviewRoles roles;
    private final CycleSettings settings;
    private final ResultAgreementRepository resultAgreements;
    private final AgreementScoreRepository scores;
    private final CompetencyRatingRepository ratings;
    private final AssessmentRepository assessments;
    private final EmployeeResponseRepository responses;
    private final Signatures signatures;
    private final RoundPolicies policies;
    private final AuditTrail audit;
    private final Clock clock;
    private final CalibratedJudgements calibrated;

    AssessmentService(ReviewAccess access, ReviewProcess process, ReviewProfiles profiles, ReviewRoles roles,
            CycleSettings settings,
            ResultAgreementRepository resultAgreements, AgreementScoreRepository scores,
            CompetencyRatingRepository ratings, AssessmentRepository assessments, EmployeeResponseRepository responses,
            Signatures signatures, RoundPolicies policies, AuditTrail audit, Clock clock,
            CalibratedJudgements calibrated) {
        this.calibrated = calibrated;
        this.policies = policies;
        this.roles = roles;
        this.access = access;
        this.process = process;
        this.profiles = profiles;
        this.settings = settings;
        this.resultAgreements = resultAgreements;
        this.scores = scores;
        this.ratings = ratings;
        this.assessments = assessments;
        this.responses = responses;
        this.signatures = signatures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A score on one agreement: the employee's own (self-assessment) or the manager's (the assessment). */
    public AgreementScore scoreAgreement(long reviewId, String agreementLineage, String scoreCode, String comment) {
        return scoreAgreement(reviewId, agreementLineage, scoreCode, comment, UNCHECKED);
    }

    /**
     * The same from a form that read the score before: {@code expectedVersion} is the version it read, or null when
     * there was no score yet. Someone else's save in between is refused with {@link StaleEditException}.
     */
    public AgreementScore scoreAgreement(long reviewId, String agreementLineage, String scoreCode, String comment,
            Long expectedVersion) {
        Acting acting = access.acting(reviewId, "score agreement");
        RatingSource source = acting.party() == Party.MANAGER ? RatingSource.MANAGER : RatingSource.SELF;
        access.forTask(acting, source == RatingSource.MANAGER ? ReviewTask.WRITE_ASSESSMENT
                : ReviewTask.SELF_ASSESSMENT);
        // a substitute writes the manager's assessment: stored in the manager's name (one score per source)
        Long author = acting.inNameOf(acting.party());
        List<Violation> violations = new ArrayList<>();
        if (currentAgreements(reviewId).stream().noneMatch(a -> a.getLineage().equals(agreementLineage))) {
            violations.add(Violation.of("agreement", "agreement.unknown"));
        }
        if (settings.resultScores().stream().noneMatch(s -> s.code().equals(scoreCode))) {
            violations.add(Violation.of("score", "assessment.score.unknown"));
        }
        AgreementRules.optional(violations, "comment", comment, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Optional<AgreementScore> saved = scores.findByReviewIdAndSourceAndAgreementLineage(reviewId, source,
                agreementLineage);
        saved.ifPresent(s -> refuseStale(expectedVersion, s.getVersion(), s.getChangedBy(), s.getChangedAt(),
                "score of " + agreementLineage));
        AgreementScore score = saved.orElseGet(() -> new AgreementScore(reviewId, source, author, agreementLineage));
        score.update(scoreCode, comment, clock.instant());
        score.changedBy(acting.actorName());
        score = scores.saveAndFlush(score);
        audit.record("review.score.save", "review " + reviewId, acting.review().getEmployeeId(), AuditTrail.SUCCESS,
                source.name());
        return score;
    }

    /**
     * A rating of a competency of the employee's profile, or of a role they fill in the review's year, on the
     * book's scale: the employee's own, the informant's (input) or the manager's. A competency that the profile and
     * a role both name is rated once, against the higher expected level (docs/roles.md, "In the review").
     */
    public CompetencyRating rateCompetency(long reviewId, String competencyCode, String levelCode, String comment) {
        return rateCompetency(reviewId, competencyCode, levelCode, comment, UNCHECKED);
    }

    /** The same from a form that read the rating before; see {@link #scoreAgreement(long, String, String, String, Long)}. */
    public CompetencyRating rateCompetency(long reviewId, String competencyCode, String levelCode, String comment,
            Long expectedVersion) {
        Acting acting = access.acting(reviewId, "rate competency");
        RatingSource source = switch (acting.party()) {
            case MANAGER -> RatingSource.MANAGER;
            case COORDINATOR -> RatingSource.INFORMANT;
            default -> RatingSource.SELF;
        };
        ReviewTask task = switch (source) {
            case MANAGER -> ReviewTask.WRITE_ASSESSMENT;
            case INFORMANT -> ReviewTask.INFORMANT_INPUT;
            case SELF -> ReviewTask.SELF_ASSESSMENT;
        };
        access.forTask(acting, task);
        Review review = acting.review();
        Map<String, String> expected = expectedLevels(review);
        List<Violation> violations = new ArrayList<>();
        if (!expected.containsKey(competencyCode)) {
            violations.add(Violation.of("competency", "assessment.competency.unknown"));
        }
        if (profiles.scale(review).rank(levelCode) < 0) {
            violations.add(Violation.of("level", "assessment.level.unknown"));
        }
        AgreementRules.optional(violations, "comment", comment, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        // a substitute rates for the manager: one manager rating per competency, whoever typed it
        Long author = acting.inNameOf(acting.party());
        Optional<CompetencyRating> saved = ratings.findByReviewIdAndPhaseAndSourceAndAuthorIdAndCompetencyCode(reviewId,
                ReviewPhase.ASSESSMENT, source, author, competencyCode);
        saved.ifPresent(r -> refuseStale(expectedVersion, r.getVersion(), r.getChangedBy(), r.getChangedAt(),
                "rating of " + competencyCode));
        CompetencyRating rating = saved.orElseGet(() -> new CompetencyRating(reviewId, ReviewPhase.ASSESSMENT, source,
                author, competencyCode));
        rating.update(levelCode, expected.get(competencyCode), comment, clock.instant());
        rating.changedBy(acting.actorName());
        rating = ratings.saveAndFlush(rating);
        audit.record("review.rating.save", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                source.name());
        return rating;
    }

    /** No version check: for callers that did not read the record first (imports, tests of the rules). */
    private static final Long UNCHECKED = Long.MIN_VALUE;

    /**
     * A form that read no record (expected null) while one exists now, or read another version: someone else saved
     * in between.
     */
    private static void refuseStale(Long expectedVersion, long version, String by, java.time.Instant at, String what) {
        if (expectedVersion != UNCHECKED && (expectedVersion == null || expectedVersion != version)) {
            throw new StaleEditException(what, by, at);
        }
    }

    public void submitSelfAssessment(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.SELF_ASSESSMENT);
        process.complete(acting.review(), ReviewTask.SELF_ASSESSMENT, Map.of());
        audit.record("review.self-assessment.submit", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /**
     * The manager writes the assessment: every agreement scored, every competency of the profile rated, an
     * overall judgement on the configured scale with reasons. Below voldoende, HR advises before it is final.
     */
    public Assessment writeAssessment(long reviewId, String judgementCode, String reasons) {
        Acting acting = access.forTask(reviewId, ReviewTask.WRITE_ASSESSMENT);
        Review review = acting.review();
        List<Violation> violations = new ArrayList<>();
        Optional<CycleSettings.Judgement> judgement = judgement(judgementCode);
        if (judgement.isEmpty()) {
            violations.add(Violation.of("judgement", "field.required"));
        } else {
            calibration(violations, reviewId, judgementCode);
        }
        AgreementRules.required(violations, "reasons", reasons, AgreementRules.MAX_LONG_TEXT);
        Set<String> scored = scores.findByReviewIdOrderById(reviewId).stream()
                .filter(s -> s.getSource() == RatingSource.MANAGER).map(AgreementScore::getAgreementLineage)
                .collect(Collectors.toSet());
        if (currentAgreements(reviewId).stream().anyMatch(a -> !scored.contains(a.getLineage()))) {
            violations.add(Violation.of("scores", "assessment.scores.missing"));
        }
        Map<String, String> expected = expectedLevels(review);
        // a rating counts against the profile in force: one given before a change of function, against another
        // expected level, must be given again
        Set<String> rated = managerRatings(reviewId).stream()
                .filter(r -> r.getExpectedLevel() == null
                        || r.getExpectedLevel().equals(expected.get(r.getCompetencyCode())))
                .map(CompetencyRating::getCompetencyCode).collect(Collectors.toSet());
        if (!rated.containsAll(expected.keySet())) {
            violations.add(Violation.of("ratings", "assessment.ratings.missing"));
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Assessment assessment = assessments.findByReviewId(reviewId).orElseGet(() -> new Assessment(reviewId));
        boolean adviceRequired = Boolean.TRUE.equals(judgement.get().hrAdviceRequired());
        assessment.write(judgementCode, judgement.get().consequence(), reasons.strip(), adviceRequired, clock.instant());
        assessment = assessments.save(assessment);
        signAndComplete(acting, assessment, SignatureKind.ASSESS, ReviewTask.WRITE_ASSESSMENT,
                Map.of("hrAdviceRequired", adviceRequired), "review.assessment.write");
        return assessment;
    }

    /** HR's advice on a low assessment, before it is handed over. */
    public void giveHrAdvice(long reviewId, String advice) {
        Acting acting = access.forTask(reviewId, ReviewTask.HR_ADVICE);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "advice", advice, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Assessment assessment = assessments.findByReviewId(reviewId).orElseThrow();
        assessment.advise(advice.strip(), acting.username(), clock.instant());
        process.complete(acting.review(), ReviewTask.HR_ADVICE, Map.of());
        audit.record("review.hr-advice.give", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /**
     * The manager has read HR's advice and keeps the assessment as it is, or changes the overall judgement with new
     * reasons; then it goes on (to the second assessor, or to the employee). HR advises once per assessment: a
     * changed judgement is not sent to HR again, also when it is still below voldoende (the advice is on the file,
     * and the manager has weighed it), so the step cannot loop.
     *
     * @param newJudgementCode the changed overall judgement, or null when it stays
     * @param reasons the new reasons for the changed judgement; not used when it stays
     */
    public Assessment weighHrAdvice(long reviewId, boolean changed, String newJudgementCode, String reasons) {
        Acting acting = access.forTask(reviewId, ReviewTask.WEIGH_HR_ADVICE);
        List<Violation> violations = new ArrayList<>();
        Optional<CycleSettings.Judgement> judgement = judgement(newJudgementCode);
        Assessment assessment = assessments.findByReviewId(reviewId).orElseThrow();
        if (changed) {
            if (judgement.isEmpty()) {
                violations.add(Violation.of("judgement", "field.required"));
            } else {
                calibration(violations, reviewId, newJudgementCode);
            }
            AgreementRules.required(violations, "reasons", reasons, AgreementRules.MAX_LONG_TEXT);
        } else {
            calibration(violations, reviewId, assessment.getOverallJudgement());
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        if (changed) {
            assessment.rejudge(newJudgementCode, judgement.get().consequence(), reasons.strip());
        }
        assessment.weighed(clock.instant());
        signAndComplete(acting, assessment, SignatureKind.WEIGH, ReviewTask.WEIGH_HR_ADVICE, Map.of(),
                "review.hr-advice.weigh");
        return assessment;
    }

    /**
     * The second assessor (tweede beoordelaar) has read the assessment before the hand-over: agrees, or comments.
     * The comment is part of the dossier (the manager reads it, and the employee with the assessment); the
     * assessment goes on to the hand-over either way.
     *
     * @param comment required when not agreeing, optional with an agreement
     */
    public Assessment giveSecondOpinion(long reviewId, boolean agreed, String comment) {
        Acting acting = access.forTask(reviewId, ReviewTask.SECOND_ASSESSMENT);
        List<Violation> violations = new ArrayList<>();
        if (agreed) {
            AgreementRules.optional(violations, "comment", comment, AgreementRules.MAX_LONG_TEXT);
        } else {
            AgreementRules.required(violations, "comment", comment, AgreementRules.MAX_LONG_TEXT);
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Assessment assessment = assessments.findByReviewId(reviewId).orElseThrow();
        assessment.secondOpinion(acting.inNameOf(Party.SECOND_ASSESSOR), agreed, comment == null || comment.isBlank() ? null
                : comment.strip(), clock.instant());
        signAndComplete(acting, assessment, SignatureKind.CONSULT, ReviewTask.SECOND_ASSESSMENT, Map.of(),
                "review.second-opinion.give");
        return assessment;
    }

    /** The employee writes a zienswijze (bedenkingen) within the term, possibly asking for a conversation. */
    public EmployeeResponse respond(long reviewId, String text, boolean conversationRequested) {
        Acting acting = access.forTask(reviewId, ReviewTask.RESPOND);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "response", text, AgreementRules.MAX_LONG_TEXT);
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        EmployeeResponse response = responses.save(new EmployeeResponse(reviewId, text.strip(), conversationRequested,
                clock.instant()));
        process.complete(acting.review(), ReviewTask.RESPOND, Map.of("responded", true));
        // whether the employee asked for a conversation is part of what they wrote: not in the trail
        audit.record("review.response.submit", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
        return response;
    }

    /** The employee has read the assessment and has no bedenkingen. */
    public void noResponse(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.RESPOND);
        process.complete(acting.review(), ReviewTask.RESPOND, Map.of("responded", false));
        audit.record("review.response.none", "review " + reviewId, acting.review().getEmployeeId(),
                AuditTrail.SUCCESS, null);
    }

    /**
     * The manager's decision on the zienswijze: whether and how the assessment changes, with reasons.
     *
     * @param newJudgementCode the changed overall judgement, or null when it stays
     */
    public Assessment decideOnResponse(long reviewId, boolean changed, String newJudgementCode, String reasons) {
        Acting acting = access.forTask(reviewId, ReviewTask.DECIDE_ON_RESPONSE);
        List<Violation> violations = new ArrayList<>();
        AgreementRules.required(violations, "reasons", reasons, AgreementRules.MAX_LONG_TEXT);
        Optional<CycleSettings.Judgement> judgement = judgement(newJudgementCode);
        if (changed && judgement.isEmpty()) {
            violations.add(Violation.of("judgement", "field.required"));
        }
        if (!violations.isEmpty()) {
            throw new ReviewValidationException(violations);
        }
        Assessment assessment = assessments.findByReviewId(reviewId).orElseThrow();
        if (changed) {
            assessment.rejudge(newJudgementCode, judgement.get().consequence(), assessment.getReasons());
        }
        assessment.decide(changed, reasons.strip(), clock.instant());
        signAndComplete(acting, assessment, SignatureKind.DECIDE, ReviewTask.DECIDE_ON_RESPONSE, Map.of(),
                "review.response.decide");
        return assessment;
    }

    /** "Voor gezien": the employee has seen the final assessment. Signing means seen, not agreed. */
    public Signature acknowledge(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.ACKNOWLEDGE);
        return signAndComplete(acting, assessments.findByReviewId(reviewId).orElseThrow(), SignatureKind.ACKNOWLEDGE,
                ReviewTask.ACKNOWLEDGE, Map.of(), "review.assessment.acknowledge");
    }

    /**
     * Whoever the round's policy names signs off (the manager, the next level or the gemeentesecretaris by
     * mandate); the review is closed and read-only from then on.
     */
    public Signature signOff(long reviewId) {
        Acting acting = access.forTask(reviewId, ReviewTask.SIGN_OFF);
        return signAndComplete(acting, assessments.findByReviewId(reviewId).orElseThrow(), SignatureKind.SIGN_OFF,
                ReviewTask.SIGN_OFF, Map.of(), "review.assessment.sign-off");
    }

    /**
     * Signs the assessment as it stands, completes the task, and records who did it. The trail gets the signed
     * content's hash only: the judgement, whether it changed, agreeing or not, are the review's content, which HR
     * may read only with a dossier opening and ADMIN never (the trail outlives retention, too).
     */
    private Signature signAndComplete(Acting acting, Assessment assessment, SignatureKind kind, ReviewTask task,
            Map<String, Object> variables, String action) {
        Review review = acting.review();
        Signature signed = signatures.sign(review, acting.personId(), acting.onBehalfOf(task.party()), kind,
                content(review, assessment));
        process.complete(review, task, variables);
        audit.record(action, "review " + review.getId(), review.getEmployeeId(), AuditTrail.SUCCESS,
                "hash " + signed.getContentHash());
        return signed;
    }

    /**
     * A calibration session's word before the hand-over (issue 20, item 2): an open proposal must be confirmed or
     * declined first, and a confirmed one is the judgement the manager writes.
     */
    private void calibration(List<Violation> violations, long reviewId, String judgementCode) {
        calibrated.of(reviewId).ifPresent(c -> {
            if (c.undecided()) {
                violations.add(Violation.of("judgement", "assessment.calibration.undecided"));
            } else if (c.confirmedJudgement() != null && !c.confirmedJudgement().equals(judgementCode)) {
                violations.add(Violation.of("judgement", "assessment.calibration.confirmed",
                        judgement(c.confirmedJudgement()).map(CycleSettings.Judgement::label)
                                .orElse(c.confirmedJudgement())));
            }
        });
    }

    private Optional<CycleSettings.Judgement> judgement(String code) {
        return settings.overallJudgements().stream().filter(j -> j.code().equals(code)).findFirst();
    }

    /**
     * The competencies rated in this review with the level expected: the profile's and those of the roles the
     * employee fills in the review's year, each once at the highest level expected of it (organisation-wide
     * without roles: none).
     */
    Map<String, String> expectedLevels(Review review) {
        return ReviewRoles.expectedLevels(roles.competencies(review));
    }

    private List<ResultAgreement> currentAgreements(long reviewId) {
        return resultAgreements.findByReviewIdAndStatusInOrderById(reviewId, ProgressService.CURRENT);
    }

    private List<CompetencyRating> managerRatings(long reviewId) {
        return ratings.findByReviewIdOrderById(reviewId).stream()
                .filter(r -> r.getSource() == RatingSource.MANAGER && r.getPhase() == ReviewPhase.ASSESSMENT).toList();
    }

    AssessmentContent content(Review review, Assessment assessment) {
        Map<String, AgreementScore> managerScores = scores.findByReviewIdOrderById(review.getId()).stream()
                .filter(s -> s.getSource() == RatingSource.MANAGER)
                .collect(Collectors.toMap(AgreementScore::getAgreementLineage, Function.identity()));
        List<AssessmentContent.Score> scoreList = currentAgreements(review.getId()).stream().map(a -> {
            AgreementScore s = managerScores.get(a.getLineage());
            return new AssessmentContent.Score(a.getLineage(), a.getVersionNumber(), a.resultAreaName(),
                    a.data().description(), s == null ? null : s.getScoreCode(), s == null ? null : s.getComment(),
                    a.roleName());
        }).toList();
        // the competencies of the profile in force (after a change of function, not the old profile's) and the roles'
        List<ReviewRole> held = roles.of(review);
        Map<String, String> expected = ReviewRoles.expectedLevels(roles.competencies(review, held));
        List<AssessmentContent.Rating> ratingList = managerRatings(review.getId()).stream()
                .filter(r -> expected.containsKey(r.getCompetencyCode()))
                .map(r -> new AssessmentContent.Rating(r.getCompetencyCode(), r.getLevelCode(), r.getExpectedLevel(),
                        r.getComment()))
                .toList();
        String response = responses.findByReviewId(review.getId()).map(EmployeeResponse::getText).orElse(null);
        boolean adviceToEmployee = policies.of(review.getRoundId()).adviceVisibleToEmployee();
        return new AssessmentContent(review.getProcessKey(), review.getYear(), review.getJobTitleCode(),
                review.getJobProfileCode(), profiles.signedFunction(review), review.dates().periodStart().toString(),
                review.dates().periodEnd().toString(), scoreList, ratingList, assessment.getOverallJudgement(),
                assessment.getConsequence(), assessment.getReasons(),
                adviceToEmployee ? assessment.getHrAdvice() : null, assessment.getHandedOverAt(), response,
                assessment.getDecisionChanged(), assessment.getDecisionReasons(),
                assessment.getSecondOpinionAgreed(), assessment.getSecondOpinionComment(),
                held.stream().map(r -> new AssessmentContent.Role(r.code(), r.name(), r.stretches(),
                        r.role() == null ? List.of() : r.role().competencies().stream()
                                .map(c -> c.competency()).toList())).toList());
    }

}
