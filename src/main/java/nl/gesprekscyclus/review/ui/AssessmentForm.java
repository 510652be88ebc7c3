package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.ExpectedCompetency;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.review.AgreementRules;
import nl.gesprekscyclus.review.AgreementScore;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.CoordinatorInput;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ReviewCompetency;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.ReviewPhase;

/**
 * Scores per result agreement and ratings per competency of the profile, with the expected level and that
 * level's behaviour indicators in view. The employee (zelfbeoordeling) and the manager (beoordeling) score and
 * rate; the coordinator only rates competencies, as input. The manager sees the employee's self-assessment and
 * the informant's input next to each row, and ends with the overall judgement and its reasons.
 */
class AssessmentForm extends ReviewForm {

    /** Who fills it in; decides which rows there are and what is shown alongside. */
    enum Mode {
        SELF(RatingSource.SELF), INFORMANT(RatingSource.INFORMANT), MANAGER(RatingSource.MANAGER);

        final RatingSource source;

        Mode(RatingSource source) {
            this.source = source;
        }
    }

    final Mode mode;
    final List<ScoreRow> scoreRows = new ArrayList<>();
    final List<RatingRow> ratingRows = new ArrayList<>();
    /** The manager's overall judgement; null in the other modes. */
    JudgementField judgement;
    /** The manager's reasons; null in the other modes. */
    TextArea reasons;

    AssessmentForm(ReviewDossier dossier, CycleSettings settings, Mode mode) {
        this.mode = mode;
        addClassName("review-assessment-form");
        setId("review-assessment-form-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        errors.setId("review-assessment-errors");
        add(errors);
        List<CoordinatorInput> inputs = dossier.coordinatorInputs().stream()
                .filter(i -> i.getPhase() == ReviewPhase.ASSESSMENT).toList();

        if (mode != Mode.INFORMANT) {
            add(new H4(getTranslation("review.assess.scores")));
            Map<String, AgreementScore> mine = byLineage(dossier, mode.source);
            Map<String, AgreementScore> self = byLineage(dossier, RatingSource.SELF);
            int n = 0;
            for (List<ResultAgreement> versions : ReviewAgreementsColumn.lineages(dossier.resultAgreements()).values()) {
                ResultAgreement current = ReviewAgreementsColumn.shown(versions)
                        .filter(a -> a.getStatus() == AgreementStatus.CURRENT).orElse(null);
                if (current == null) {
                    continue;
                }
                n++;
                Div alongside = mode == Mode.MANAGER ? alongside(settings, self.get(current.getLineage()), inputs
                        .stream().filter(i -> current.getLineage().equals(i.getAgreementLineage())).toList()) : null;
                ScoreRow row = new ScoreRow(n, current, settings.resultScores(), mine.get(current.getLineage()),
                        alongside);
                scoreRows.add(row);
                add(row);
            }
            if (scoreRows.isEmpty()) {
                add(new Paragraph(getTranslation("review.progress.noAgreements")));
            }
        }

        add(new H4(getTranslation(mode == Mode.INFORMANT ? "review.assess.informantRatings" : "review.assess.ratings")));
        if (mode == Mode.INFORMANT) {
            Paragraph note = new Paragraph(getTranslation("review.assess.informantNote"));
            note.addClassName("review-hint");
            add(note);
        }
        Map<String, Competency> competencies = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Function.identity(), (a, b) -> a));
        Map<String, CompetencyRating> mine = byCompetency(dossier, mode.source);
        Map<String, CompetencyRating> self = byCompetency(dossier, RatingSource.SELF);
        Map<String, CompetencyRating> informant = byCompetency(dossier, RatingSource.INFORMANT);
        // the normfunctie's competencies and those of the employee's roles, each once (docs/roles.md)
        for (ReviewCompetency rc : dossier.reviewCompetencies()) {
            ExpectedCompetency e = new ExpectedCompetency(rc.competency(), rc.expectedLevel());
            Competency c = competencies.get(e.competency());
            Div alongside = mode == Mode.MANAGER ? ratingAlongside(dossier.scale(), c, e.level(), self.get(e.competency()),
                    informant.get(e.competency()), inputs.stream()
                            .filter(i -> e.competency().equals(i.getCompetencyCode())).toList()) : null;
            RatingRow row = new RatingRow(e, c, rc, dossier.scale(), mine.get(e.competency()), mode, alongside);
            ratingRows.add(row);
            add(row);
        }

        if (mode == Mode.MANAGER) {
            List<CoordinatorInput> general = inputs.stream()
                    .filter(i -> i.getAgreementLineage() == null && i.getCompetencyCode() == null).toList();
            if (!general.isEmpty()) {
                Div box = new Div(new H4(getTranslation("review.assess.generalInput")), inputList(general));
                box.addClassName("review-notice");
                box.setId("review-assessment-general-input");
                add(box);
            }
            add(new H4(getTranslation("review.assess.overall")));
            judgement = new JudgementField(settings.overallJudgements(), "review-assessment-judgement");
            judgement.select.setLabel(getTranslation("review.assess.judgement"));
            reasons = longText("review.assess.reasons", "review.assess.reasonsHelp", "review-assessment-reasons", true);
            errors.field("judgement", judgement.select);
            errors.field("reasons", reasons);
            errors.keepMessagesUntilNextAttempt();
            add(judgement, reasons);
        }
    }

    private static Map<String, AgreementScore> byLineage(ReviewDossier dossier, RatingSource source) {
        return dossier.scores().stream().filter(s -> s.getSource() == source)
                .collect(Collectors.toMap(AgreementScore::getAgreementLineage, s -> s, (a, b) -> b));
    }

    private static Map<String, CompetencyRating> byCompetency(ReviewDossier dossier, RatingSource source) {
        return dossier.ratings().stream()
                .filter(r -> r.getSource() == source && r.getPhase() == ReviewPhase.ASSESSMENT)
                .collect(Collectors.toMap(CompetencyRating::getCompetencyCode, r -> r, (a, b) -> b));
    }

    /** The rows that were changed and have something to save. */
    List<? extends Row> changedRows() {
        List<Row> rows = new ArrayList<>(scoreRows);
        rows.addAll(ratingRows);
        return rows.stream().filter(Row::changed).toList();
    }

    /** After "not every agreement scored" or "not every competency rated": marks the empty rows. */
    void markEmptyRows() {
        String required = getTranslation("field.required");
        scoreRows.stream().filter(r -> r.score.isEmpty()).forEach(r -> {
            r.score.setErrorMessage(required);
            r.score.setInvalid(true);
        });
        ratingRows.stream().filter(r -> r.level.isEmpty()).forEach(r -> {
            r.level.setErrorMessage(required);
            r.level.setInvalid(true);
        });
    }

    void clearErrors() {
        errors.clear();
        scoreRows.forEach(r -> r.errors.clear());
        ratingRows.forEach(r -> r.errors.clear());
    }

    /** Rules about the whole form (every agreement scored, every competency rated) also mark the empty rows. */
    @Override
    public void violations(List<Violation> violations) {
        super.violations(violations);
        if (violations.stream().anyMatch(v -> v.field().equals("scores") || v.field().equals("ratings"))) {
            markEmptyRows();
        }
    }

    // ---- what the manager sees next to each row

    private Div alongside(CycleSettings settings, AgreementScore self, List<CoordinatorInput> inputs) {
        Div d = alongsideBox();
        Map<String, String> labels = settings.scoreLabels(getLocale());
        d.add(ReviewFormat.line(this, "review.assess.selfScore", self == null ? getTranslation("review.assess.none")
                : labels.getOrDefault(self.getScoreCode(), self.getScoreCode())));
        if (self != null && !ReviewFormat.blank(self.getComment())) {
            d.add(ReviewFormat.line(this, "review.assess.selfComment", self.getComment()));
        }
        if (!inputs.isEmpty()) {
            d.add(inputList(inputs));
        }
        return d;
    }

    private Div ratingAlongside(LevelScale scale, Competency c, String expected, CompetencyRating self,
            CompetencyRating informant, List<CoordinatorInput> inputs) {
        Div d = alongsideBox();
        Div selfLine = ReviewFormat.line(this, "review.assess.selfRating", self == null
                ? getTranslation("review.assess.none") : ReviewProfileColumn.levelName(scale, c, self.getLevelCode()));
        compared(scale, expected, self, selfLine);
        d.add(selfLine);
        if (self != null && !ReviewFormat.blank(self.getComment())) {
            d.add(ReviewFormat.line(this, "review.assess.selfComment", self.getComment()));
        }
        if (informant != null) {
            Div informantLine = ReviewFormat.line(this, "review.assess.informantRating",
                    ReviewProfileColumn.levelName(scale, c, informant.getLevelCode()));
            compared(scale, expected, informant, informantLine);
            d.add(informantLine);
            if (!ReviewFormat.blank(informant.getComment())) {
                d.add(ReviewFormat.line(this, "review.assess.informantComment", informant.getComment()));
            }
        }
        if (!inputs.isEmpty()) {
            d.add(inputList(inputs));
        }
        return d;
    }

    /** "boven verwacht" / "op verwacht niveau" / "onder verwacht" after a rating, in words and colour. */
    private void compared(LevelScale scale, String expected, CompetencyRating rating, Div line) {
        if (rating != null) {
            CompetencyRatings.compare(scale, expected, rating.getLevelCode()).ifPresent(cmp -> line.add(new Span(" "),
                    ReviewFormat.badge(getTranslation(cmp.key), cmp.variant)));
        }
    }

    private static Div alongsideBox() {
        Div d = new Div();
        d.addClassName("review-alongside");
        return d;
    }

    private Component inputList(List<CoordinatorInput> inputs) {
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        list.addClassName("review-input-list");
        for (CoordinatorInput i : inputs) {
            Span label = new Span(getTranslation("review.assess.inputLabel"));
            label.addClassName("review-line-label");
            list.add(new ListItem(label, new Span(" " + i.getText())));
        }
        return list;
    }

    // ---- rows

    /** A row that saves on its own: a value from a list and an optional comment. */
    abstract static class Row extends ReviewForm {

        final Select<String> select = new Select<>();
        final TextArea comment = new TextArea();
        String savedValue;
        String savedComment;
        /** The version of the saved record this row was read from (null: none yet); sent back with each save. */
        Long savedVersion;

        Row(String valueField) {
            comment.setLabel(getTranslation("review.assess.comment"));
            comment.setMaxLength(AgreementRules.MAX_LONG_TEXT);
            comment.setWidthFull();
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("review.assess.choose"));
            errors.field(valueField, select);
            errors.field("comment", comment);
            errors.keepMessagesUntilNextAttempt();
        }

        void fill(String value, String text) {
            savedValue = value;
            savedComment = text == null ? "" : text;
            select.setValue(value);
            comment.setValue(savedComment);
        }

        /** Changed since it was saved, and something to save (a comment alone gets the "choose" message). */
        boolean changed() {
            boolean something = select.getValue() != null || !comment.getValue().isBlank();
            return something && (!Objects.equals(select.getValue(), savedValue)
                    || !Objects.equals(comment.getValue(), savedComment));
        }

        void markSaved() {
            savedValue = select.getValue();
            savedComment = comment.getValue();
        }
    }

    /**
     * What is rated on the left, the control that rates it on the right (under each other on a narrow screen), so
     * the level is chosen next to the competency or agreement it is about; what the others said is beside it too.
     */
    private static void besideEachOther(Row row, Div alongside, Component... about) {
        Div what = new Div(about);
        what.addClassName("review-row-about");
        Div control = new Div();
        control.addClassName("review-row-control");
        if (alongside != null) {
            control.add(alongside);
        }
        control.add(row.errors, row.select, row.comment);
        row.add(what, control);
    }

    /** One current result agreement and its score. */
    static class ScoreRow extends Row {

        final ResultAgreement agreement;
        final Select<String> score = select;

        ScoreRow(int number, ResultAgreement agreement, List<CycleSettings.Scale> scale, AgreementScore saved,
                Div alongside) {
            super("score");
            this.agreement = agreement;
            addClassName("review-score-row");
            getElement().setAttribute("data-lineage", agreement.getLineage());
            Map<String, String> labels = scale.stream()
                    .collect(Collectors.toMap(CycleSettings.Scale::code, s -> s.label(getLocale()), (a, b) -> a));
            score.setLabel(getTranslation("review.assess.score"));
            score.setItems(scale.stream().map(CycleSettings.Scale::code).toList());
            score.setItemLabelGenerator(code -> code == null ? "" : labels.getOrDefault(code, code));
            score.setId("review-score-" + number);
            score.setAriaLabel(getTranslation("review.assess.scoreOf", agreement.data().description()));
            comment.setId("review-score-comment-" + number);
            fill(saved == null ? null : saved.getScoreCode(), saved == null ? null : saved.getComment());
            savedVersion = saved == null ? null : saved.getVersion();
            score.setWidthFull();
            besideEachOther(this, alongside, new H4(agreement.data().description()),
                    ReviewFormat.line(this, "review.progress.criterion", agreement.data().criterion()));
        }
    }

    /** One competency of the profile: expected level and its indicators, and the level given. */
    static class RatingRow extends Row {

        final ExpectedCompetency expected;
        final Select<String> level = select;

        RatingRow(ExpectedCompetency expected, Competency competency, ReviewCompetency origins, LevelScale scale,
                CompetencyRating saved, Mode mode, Div alongside) {
            super("level");
            this.expected = expected;
            addClassName("review-rating-row");
            getElement().setAttribute("data-competency", expected.competency());
            String name = competency == null ? expected.competency() : competency.name();
            level.setLabel(getTranslation(mode == Mode.INFORMANT ? "review.assess.informantLevel"
                    : "review.assess.level"));
            level.setItems(scale == null ? List.of() : scale.codes());
            level.setItemLabelGenerator(code -> code == null ? ""
                    : ReviewProfileColumn.levelName(scale, competency, code));
            level.setId("review-rating-" + expected.competency());
            level.setAriaLabel(getTranslation("review.assess.levelOf", name));
            comment.setId("review-rating-comment-" + expected.competency());
            fill(saved == null ? null : saved.getLevelCode(), saved == null ? null : saved.getComment());
            savedVersion = saved == null ? null : saved.getVersion();

            // the whole level's name stays readable ("Niveau A (anticiperen op ontwikkelingen voor de toekomst)")
            level.setWidthFull();
            Span badge = new Span(getTranslation("review.profile.expectedLevel",
                    ReviewProfileColumn.levelName(scale, competency, expected.level())));
            badge.addClassName("level-badge");
            List<Component> about = new ArrayList<>(List.of(new H4(name), badge,
                    CompetencyOrigins.badge(this, origins)));
            if (competency != null) {
                competency.level(expected.level()).filter(d -> !d.indicators().isEmpty()).ifPresent(d -> {
                    Paragraph label = new Paragraph(getTranslation("review.profile.indicators"));
                    label.addClassName("indicators-label");
                    UnorderedList list = new UnorderedList();
                    d.indicators().forEach(i -> list.add(new ListItem(i)));
                    about.add(label);
                    about.add(list);
                });
            }
            besideEachOther(this, alongside, about.toArray(Component[]::new));
        }
    }
}
