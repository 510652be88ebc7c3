package nl.gesprekscyclus.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.i18n.Messages;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.AgreementScore;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.AgreementVersion;
import nl.gesprekscyclus.review.Assessment;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.ProfilePeriod;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewCompetency;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewRole;
import nl.gesprekscyclus.review.ReviewPhase;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.review.SignatureKind;
import org.springframework.stereotype.Component;

/**
 * Turns the whole record of a review into what one document shows: the agreements in force with their version
 * numbers, and for the assessment the scores, ratings against the expected levels, judgement, zienswijze,
 * decision and every signature. Codes become the names of the function book and the labels of cycle.yaml.
 */
@Component
class DocumentContents {

    /** The signatures each document carries: agreeing for the agreements; the whole assessment chain for it. */
    private static final Map<DocumentKind, List<SignatureKind>> SIGNATURES = Map.of(
            DocumentKind.AGREEMENTS, List.of(SignatureKind.AGREE),
            DocumentKind.ASSESSMENT, List.of(SignatureKind.ASSESS, SignatureKind.WEIGH, SignatureKind.CONSULT,
                    SignatureKind.DECIDE, SignatureKind.ACKNOWLEDGE, SignatureKind.SIGN_OFF));

    private final CycleSettings settings;

    DocumentContents(CycleSettings settings) {
        this.settings = settings;
    }

    DocumentData of(DocumentKind kind, ReviewRecords.Complete record) {
        ReviewDossier d = record.dossier();
        boolean assessment = kind == DocumentKind.ASSESSMENT;
        JobProfile profile = d.jobProfile();
        Map<String, String> scoreLabels = settings.resultScores().stream()
                .collect(Collectors.toMap(CycleSettings.Scale::code, CycleSettings.Scale::label));
        Map<String, AgreementScore> selfScores = scores(d, RatingSource.SELF);
        Map<String, AgreementScore> managerScores = scores(d, RatingSource.MANAGER);

        // in the order they were first written (the lineage is a random id)
        Map<String, Long> firstWritten = d.resultAgreements().stream().collect(Collectors.toMap(
                AgreementVersion::getLineage, AgreementVersion::getId, Math::min));
        Map<String, Long> firstWrittenDevelopment = d.developmentAgreements().stream().collect(Collectors.toMap(
                AgreementVersion::getLineage, AgreementVersion::getId, Math::min));
        List<DocumentData.Result> results = d.resultAgreements().stream().filter(a -> shown(kind, a))
                .sorted(Comparator.comparing(a -> firstWritten.get(a.getLineage()))).map(a -> {
                    ResultAgreementData c = a.data();
                    AgreementScore self = assessment ? selfScores.get(a.getLineage()) : null;
                    AgreementScore manager = assessment ? managerScores.get(a.getLineage()) : null;
                    // the name the area had when this version was saved: after a change of function the profile
                    // in force may have another area under the same code
                    return new DocumentData.Result(a.getVersionNumber(), a.roleName() == null ? a.resultAreaName()
                            : null, c.workRole(),
                            c.description(), c.criterion(), c.deadline(), c.weight(),
                            self == null ? null : scoreLabels.getOrDefault(self.getScoreCode(), self.getScoreCode()),
                            manager == null ? null : scoreLabels.getOrDefault(manager.getScoreCode(),
                                    manager.getScoreCode()),
                            manager == null ? null : manager.getComment(), a.roleName());
                }).toList();
        List<DocumentData.Development> developments = d.developmentAgreements().stream().filter(a -> shown(kind, a))
                .sorted(Comparator.comparing(a -> firstWrittenDevelopment.get(a.getLineage()))).map(a -> {
                    DevelopmentAgreementData c = a.data();
                    return new DocumentData.Development(a.getVersionNumber(), c.goal(), c.activities(),
                            c.employeeActions(), c.managerActions(), c.hrActions(), c.deadline());
                }).toList();

        Assessment a = assessment ? d.assessment() : null;
        List<SignatureKind> carried = SIGNATURES.get(kind);
        List<DocumentData.Signed> signed = d.signatures().stream().filter(s -> carried.contains(s.getKind()))
                // the agreements document carries the planning's agreement only, not later agreed changes
                .limit(kind == DocumentKind.AGREEMENTS ? 1 : Long.MAX_VALUE)
                .map(s -> new DocumentData.Signed(Messages.nl("review.signature." + s.getKind().name()),
                        record.signer(s), s.getSignedAt(), s.getContentHash()))
                .toList();
        List<ProfilePeriod> functions = functions(kind, d, signed);
        return new DocumentData(kind, record.organisation(), d.review().getProcessKey(), d.review().getYear(),
                d.review().dates().periodStart(), d.review().dates().periodEnd(), name(d.employee()),
                d.employee() == null ? null : d.employee().personnelNumber(),
                stretches(functions, ProfilePeriod::jobTitleName),
                stretches(functions, p -> p.jobProfile() == null ? null : p.jobProfile().name()),
                name(d.manager()), name(d.coordinator()), results,
                developments, assessment ? ratings(d) : List.of(),
                a == null ? null : new DocumentData.Judgement(judgementLabel(a.getOverallJudgement()),
                        a.getConsequence(), a.getReasons(), hrAdvice(a, record.hrAdviceToEmployee()),
                        a.getSecondAssessorId() == null ? null : record.name(a.getSecondAssessorId()),
                        secondOpinion(a), d.signedOffByOther() ? name(d.signer()) : null),
                !assessment || d.response() == null ? null : new DocumentData.Response(d.response().getText(),
                        d.response().isConversationRequested(), d.response().getSubmittedAt()),
                a == null || a.getDecidedAt() == null ? null : new DocumentData.Decision(
                        Boolean.TRUE.equals(a.getDecisionChanged()), a.getDecisionReasons(), a.getDecidedAt()),
                signed, roles(d));
    }

    /** The roles of the year as the document lists them: name, stretch(es), purpose, competencies with levels. */
    private static List<DocumentData.Role> roles(ReviewDossier d) {
        Map<String, String> names = d.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (a, b) -> a));
        LocalDate start = d.review().dates().periodStart();
        LocalDate end = d.review().dates().periodEnd();
        return d.roles().stream().map(r -> new DocumentData.Role(r.name(),
                r.stretches().stream().map(s -> stretch(s, start, end)).collect(Collectors.joining("; ")),
                r.role() == null ? null : r.role().purpose(),
                r.role() == null ? List.of() : r.role().competencies().stream()
                        .map(c -> Messages.nl("document.pdf.role.competency", names.getOrDefault(c.competency(),
                                c.competency()), level(d.scale(), c.level()))).toList())).toList();
    }

    private static String stretch(ReviewRole.Stretch s, LocalDate start, LocalDate end) {
        boolean fromStart = !s.from().isAfter(start);
        boolean toEnd = s.to() == null || !s.to().isBefore(end);
        String when = fromStart && toEnd ? Messages.nl("document.pdf.role.whole")
                : fromStart ? Messages.nl("document.pdf.role.until", DocumentHtml.date(s.to()))
                : toEnd ? Messages.nl("document.pdf.role.from", DocumentHtml.date(s.from()))
                : Messages.nl("document.pdf.role.between", DocumentHtml.date(s.from()), DocumentHtml.date(s.to()));
        return s.sharePercent() == null ? when : when + " (" + Messages.nl("document.pdf.role.share", s.sharePercent())
                + ")";
    }

    /**
     * HR's advice is printed where the employee reads it too (the policy's {@code hrAdviceVisibleToEmployee});
     * otherwise it is advice to the manager, and the document, which the employee downloads, only says it was given.
     */
    private static String hrAdvice(Assessment a, boolean toEmployee) {
        if (a.getHrAdvice() == null) {
            return null;
        }
        return toEmployee ? a.getHrAdvice() : Messages.nl("document.pdf.hrAdviceGiven");
    }

    private static String secondOpinion(Assessment a) {
        if (a.getSecondOpinionAgreed() == null) {
            return null;
        }
        String comment = a.getSecondOpinionComment();
        if (Boolean.TRUE.equals(a.getSecondOpinionAgreed())) {
            return comment == null ? Messages.nl("document.pdf.secondOpinion.agreed")
                    : Messages.nl("document.pdf.secondOpinion.agreedWith", comment);
        }
        return Messages.nl("document.pdf.secondOpinion.comment", comment);
    }

    /**
     * The functions the document names: for the agreements, the one in force on the day they were agreed (what was
     * signed); for the assessment, every function of the year, so a change of function shows the old profile until
     * the day of the change and the new one (which the assessment rates) from it.
     */
    private static List<ProfilePeriod> functions(DocumentKind kind, ReviewDossier d, List<DocumentData.Signed> signed) {
        List<ProfilePeriod> all = d.profileHistory();
        if (kind == DocumentKind.ASSESSMENT || signed.isEmpty() || all.size() < 2) {
            return all;
        }
        LocalDate agreed = LocalDate.ofInstant(signed.get(0).signedAt(), DocumentHtml.ZONE);
        return all.stream().filter(p -> !p.from().isAfter(agreed)).reduce((a, b) -> b).map(List::of)
                .orElse(List.of(all.get(0)));
    }

    /** "Adviseur II" or, after a change of function, "Adviseur II tot 1-7-2027, Beleidsadviseur vanaf 1-7-2027". */
    private static String stretches(List<ProfilePeriod> functions, Function<ProfilePeriod, String> name) {
        if (functions.size() == 1) {
            return name.apply(functions.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            ProfilePeriod p = functions.get(i);
            String what = Objects.requireNonNullElse(name.apply(p), "?");
            parts.add(i == 0 ? Messages.nl("document.pdf.function.until", what, DocumentHtml.date(p.until()))
                    : p.until() == null ? Messages.nl("document.pdf.function.from", what, DocumentHtml.date(p.from()))
                    : Messages.nl("document.pdf.function.between", what, DocumentHtml.date(p.from()),
                            DocumentHtml.date(p.until())));
        }
        return String.join(", ", parts);
    }

    /**
     * The agreements document shows the set agreed in planning (versions made in planning, whatever changed
     * later), so it is the same whenever it is made; the assessment shows the agreements in force.
     */
    private static boolean shown(DocumentKind kind, AgreementVersion agreement) {
        return kind == DocumentKind.AGREEMENTS
                ? agreement.getChangeId() == null && agreement.getStatus() != AgreementStatus.DRAFT
                : agreement.getStatus() == AgreementStatus.CURRENT;
    }

    /**
     * Per competency of the profile (in its order), then of the roles (issue 18): expected level, and the latest
     * level per source; with roles, each marked with where it comes from.
     */
    private List<DocumentData.Rating> ratings(ReviewDossier d) {
        LevelScale scale = d.scale();
        Map<String, String> names = d.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (a, b) -> a));
        List<CompetencyRating> assessed = d.ratings().stream().filter(r -> r.getPhase() == ReviewPhase.ASSESSMENT)
                .toList();
        boolean withRoles = !d.roles().isEmpty();
        return d.reviewCompetencies().stream().map(rc -> {
            String code = rc.competency();
            Optional<CompetencyRating> manager = latest(assessed, code, RatingSource.MANAGER);
            String expected = rc.expectedLevel();
            return new DocumentData.Rating(names.getOrDefault(code, code), level(scale, expected),
                    latest(assessed, code, RatingSource.SELF).map(r -> level(scale, r.getLevelCode())).orElse(null),
                    latest(assessed, code, RatingSource.INFORMANT).map(r -> level(scale, r.getLevelCode())).orElse(null),
                    manager.map(r -> level(scale, r.getLevelCode())).orElse(null),
                    manager.map(CompetencyRating::getComment).orElse(null), withRoles ? source(rc) : null);
        }).toList();
    }

    /** "Normfunctie", "Rol: Projectleider", or both, as the review screen says it. */
    private static String source(ReviewCompetency c) {
        return c.origins().stream().map(o -> o.normfunctie() ? Messages.nl("review.competency.origin.profile")
                : Messages.nl("review.competency.origin.role", o.roleName())).distinct()
                .collect(Collectors.joining(", "));
    }

    private static Optional<CompetencyRating> latest(List<CompetencyRating> ratings, String code, RatingSource source) {
        // ratings come ordered by id, so the last one of a source is its latest
        return ratings.stream().filter(r -> r.getCompetencyCode().equals(code) && r.getSource() == source)
                .reduce((first, second) -> second);
    }

    private static String level(LevelScale scale, String code) {
        if (code == null) {
            return null;
        }
        return scale == null ? code : scale.level(code).map(LevelScale.Level::name).orElse(code);
    }

    private String judgementLabel(String code) {
        return settings.overallJudgements().stream().filter(j -> j.code().equals(code))
                .map(CycleSettings.Judgement::label).findFirst().orElse(code);
    }

    private static Map<String, AgreementScore> scores(ReviewDossier d, RatingSource source) {
        return d.scores().stream().filter(s -> s.getSource() == source)
                .collect(Collectors.toMap(AgreementScore::getAgreementLineage, Function.identity(), (a, b) -> b));
    }

    private static String name(ReviewDossier.Person person) {
        return person == null ? null : person.name();
    }
}
