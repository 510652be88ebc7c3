package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementScore;
import nl.gesprekscyclus.review.Assessment;
import nl.gesprekscyclus.review.CompetencyRating;
import nl.gesprekscyclus.review.DevelopmentConversation;
import nl.gesprekscyclus.review.EmployeeResponse;
import nl.gesprekscyclus.review.ProgressReflection;
import nl.gesprekscyclus.review.ProgressReport;
import nl.gesprekscyclus.review.RatingSource;
import nl.gesprekscyclus.review.ReviewDossier;
import nl.gesprekscyclus.review.Signature;
import nl.gesprekscyclus.review.SignatureKind;

/**
 * What was recorded after the planning, read-only and only where there is something: the self-reflections and
 * the report of the progress conversation; scores, competency ratings, the assessment and the zienswijze; the
 * signatures and the changes of agreements. The service already left out what the viewer may not see.
 */
class ReviewRecordSections extends Div {

    private final ReviewDossier dossier;
    private final ZoneId zone;
    private final Locale locale;
    private final Map<String, String> agreements = new LinkedHashMap<>();
    private final Map<String, Competency> competencies;
    private final Map<Long, String> people = new HashMap<>();

    ReviewRecordSections(ReviewDossier dossier, CycleSettings settings, ZoneId zone, Locale locale) {
        this.dossier = dossier;
        this.zone = zone;
        this.locale = locale;
        addClassName("review-record");
        setId("review-record");
        ReviewAgreementsColumn.lineages(dossier.resultAgreements()).forEach((lineage, versions) ->
                agreements.put(lineage, versions.get(versions.size() - 1).data().description()));
        competencies = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, c -> c, (a, b) -> a));
        Stream.of(dossier.employee(), dossier.manager(), dossier.coordinator(), dossier.secondAssessor(),
                dossier.signer()).filter(Objects::nonNull).forEach(p -> people.put(p.id(), p.name()));
        Map<String, String> scores = settings.scoreLabels(locale);
        Map<String, String> judgements = settings.judgementLabels(locale);

        Section progress = phase("review-record-progress", "review.phase.PROGRESS");
        // each progress conversation with its own reflections and report (issue 19); one: as it always was
        int count = dossier.review().progressConversations().size();
        for (int n = 1; n <= count; n++) {
            int number = n;
            List<ProgressReflection> reflections = dossier.reflections().stream()
                    .filter(r -> r.getConversationNumber() == number).toList();
            ProgressReport report = dossier.progressReports().stream()
                    .filter(r -> r.getConversationNumber() == number).findFirst().orElse(null);
            String suffix = number == 1 ? "" : "-" + number;
            if (count > 1 && (!reflections.isEmpty() || report != null)) {
                progress.add(new H3(getTranslation("review.progress.conversationOf", number, count)));
            }
            if (!reflections.isEmpty()) {
                progress.add(sub("review-reflections" + suffix, "review.record.reflections", reflections(reflections)));
            }
            if (report != null) {
                progress.add(sub("review-progress-report" + suffix, "review.record.progressReport", report(report)));
            }
        }
        addIfFilled(progress);

        Section assessment = phase("review-record-assessment", "review.phase.ASSESSMENT");
        if (!dossier.scores().isEmpty()) {
            assessment.add(sub("review-scores", "review.record.scores", scores(scores)));
        }
        if (!dossier.ratings().isEmpty()) {
            assessment.add(sub("review-ratings", "review.record.ratings", ratings()));
        }
        if (dossier.assessment() != null) {
            assessment.add(sub("review-assessment", "review.record.assessment",
                    assessment(dossier.assessment(), judgements, settings)));
        }
        if (dossier.response() != null) {
            assessment.add(sub("review-response", "review.record.response", response(dossier.response())));
        } else if (dossier.signatures().stream().anyMatch(s -> s.getKind() == SignatureKind.ACKNOWLEDGE)) {
            Paragraph none = new Paragraph(getTranslation("review.record.noResponse"));
            none.setId("review-no-response");
            assessment.add(sub("review-response", "review.record.response", none));
        }
        addIfFilled(assessment);

        // a year without a formal assessment ends with the development conversation instead (issue 19)
        if (dossier.development() != null) {
            Section conversation = phase("review-record-development", "review.phase.DEVELOPMENT");
            conversation.add(sub("review-development", "review.record.development",
                    development(dossier.development())));
            add(conversation);
        }

        Section signed = phase("review-record-signed", "review.record.signedAndChanged");
        if (!dossier.signatures().isEmpty()) {
            signed.add(sub("review-signatures", "review.record.signatures", signatures()));
        }
        if (!dossier.changes().isEmpty()) {
            signed.add(sub("review-changes", "review.record.changes", changes()));
        }
        addIfFilled(signed);
    }

    private Section phase(String id, String headingKey) {
        Section s = new Section();
        s.setId(id);
        s.addClassName("review-record-phase");
        s.add(new H2(getTranslation(headingKey)));
        return s;
    }

    private void addIfFilled(Section s) {
        if (s.getComponentCount() > 1) {
            add(s);
        }
    }

    private Section sub(String id, String headingKey, Component content) {
        Section s = new Section();
        s.setId(id);
        s.add(new H3(getTranslation(headingKey)), content);
        return s;
    }

    private UnorderedList list() {
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        return list;
    }

    private String agreement(String lineage) {
        return lineage == null ? getTranslation("review.input.general") : agreements.getOrDefault(lineage, "?");
    }

    private Span label(String text) {
        Span s = new Span(text);
        s.addClassName("review-line-label");
        return s;
    }

    private Span meta(String text) {
        Span s = new Span(text);
        s.addClassName("review-meta");
        return s;
    }

    private Component reflections(List<ProgressReflection> reflections) {
        UnorderedList list = list();
        for (ProgressReflection r : reflections) {
            ListItem item = new ListItem(label(agreement(r.getAgreementLineage())), new Span(" "),
                    ReviewFormat.badge(getTranslation("review.progress." + r.getProgressStatus().name()),
                            r.getProgressStatus().name().toLowerCase(Locale.ROOT)));
            if (!ReviewFormat.blank(r.getText())) {
                item.add(new Paragraph(r.getText()));
            }
            list.add(item);
        }
        return list;
    }

    private Component report(ProgressReport report) {
        Div d = new Div();
        d.add(ReviewFormat.line(this, "review.record.conversationDate",
                ReviewFormat.date(report.getConversationDate(), locale)), new Paragraph(report.getReport()));
        return d;
    }

    /** Per agreement the employee's own score and the manager's, side by side, with their comments. */
    private Component scores(Map<String, String> labels) {
        List<RatingSource> sources = sources(dossier.scores().stream().map(AgreementScore::getSource));
        Map<String, Map<RatingSource, AgreementScore>> byAgreement = new LinkedHashMap<>();
        agreements.keySet().forEach(l -> byAgreement.put(l, new EnumMap<>(RatingSource.class)));
        dossier.scores().forEach(sc -> byAgreement.computeIfAbsent(sc.getAgreementLineage(),
                l -> new EnumMap<>(RatingSource.class)).put(sc.getSource(), sc));
        NativeTable table = table("review-scores-table");
        List<String> columns = Stream.concat(Stream.of(getTranslation("review.record.agreement")),
                sources.stream().map(src -> getTranslation("review.record.column." + src.name()))).toList();
        table.add(head(columns));
        NativeTableBody body = new NativeTableBody();
        byAgreement.forEach((lineage, bySource) -> {
            if (bySource.isEmpty()) {
                return;
            }
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-lineage", lineage);
            row.add(new NativeTableHeaderCell(agreement(lineage)));
            for (RatingSource src : sources) {
                AgreementScore sc = bySource.get(src);
                row.add(cell(src, sc == null ? null : labels.getOrDefault(sc.getScoreCode(), sc.getScoreCode()),
                        sc == null ? null : sc.getComment()));
            }
            body.add(row);
        });
        table.add(body);
        return labelled(table, body, columns);
    }

    /**
     * Per competency of the profile the expected level and the ratings: self, informant (input, not a score) and
     * manager, as far as the viewer may see them.
     */
    private Component ratings() {
        CompetencyRatings ratings = new CompetencyRatings(dossier);
        List<RatingSource> sources = ratings.sources();
        NativeTable table = table("review-ratings-table");
        List<String> columns = Stream.concat(Stream.of(getTranslation("review.record.competency"),
                getTranslation("review.record.expected")),
                sources.stream().map(src -> getTranslation("review.record.column." + src.name()))).toList();
        table.add(head(columns));
        NativeTableBody body = new NativeTableBody();
        ratings.byCompetency().forEach((code, bySource) -> {
            if (bySource.isEmpty()) {
                return;
            }
            Competency c = competencies.get(code);
            NativeTableRow row = new NativeTableRow();
            row.getElement().setAttribute("data-competency", code);
            row.add(new NativeTableHeaderCell(c == null ? code : c.name()), new NativeTableCell(
                    new Span(ReviewProfileColumn.levelName(dossier.scale(), c, ratings.expected(code)))));
            for (RatingSource src : sources) {
                CompetencyRating r = bySource.get(src);
                NativeTableCell cell = cell(src, r == null ? null
                        : ReviewProfileColumn.levelName(dossier.scale(), c, r.getLevelCode()),
                        r == null ? null : r.getComment());
                if (r != null) {
                    ratings.badge(this, code, r).ifPresent(badge -> cell.add(new Span(" "), badge));
                }
                row.add(cell);
            }
            body.add(row);
        });
        table.add(body);
        return labelled(table, body, columns);
    }

    private static List<RatingSource> sources(Stream<RatingSource> present) {
        java.util.Set<RatingSource> set = present.collect(Collectors.toCollection(() -> EnumSet.noneOf(RatingSource.class)));
        return List.copyOf(set);
    }

    /**
     * Gives each cell its column's name, which a phone shows before the value when the table is laid out one block
     * per row (styles.css): a table of four columns does not fit 390 px, and cutting it off hid the manager's rating.
     */
    private static NativeTable labelled(NativeTable table, NativeTableBody body, List<String> columns) {
        body.getChildren().forEach(row -> {
            List<Component> cells = row.getChildren().toList();
            for (int i = 0; i < cells.size() && i < columns.size(); i++) {
                if (cells.get(i) instanceof NativeTableCell) {
                    cells.get(i).getElement().setAttribute("data-label", columns.get(i));
                }
            }
        });
        return table;
    }

    private static NativeTable table(String id) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("review-table");
        return table;
    }

    private static NativeTableHeader head(List<String> columns) {
        NativeTableRow row = new NativeTableRow();
        columns.forEach(text -> {
            NativeTableHeaderCell th = new NativeTableHeaderCell(text);
            th.getElement().setAttribute("scope", "col");
            row.add(th);
        });
        NativeTableHeader head = new NativeTableHeader();
        head.add(row);
        return head;
    }

    private NativeTableCell cell(RatingSource source, String value, String comment) {
        NativeTableCell cell = new NativeTableCell();
        cell.getElement().setAttribute("data-source", source.name());
        cell.add(new Span(value == null ? getTranslation("review.assess.none") : value));
        if (!ReviewFormat.blank(comment)) {
            Paragraph p = new Paragraph(comment);
            p.addClassName("review-meta");
            cell.add(p);
        }
        return cell;
    }

    private Component assessment(Assessment a, Map<String, String> judgements, CycleSettings settings) {
        Div d = new Div();
        d.add(ReviewFormat.line(this, "review.record.judgement",
                        judgements.getOrDefault(a.getOverallJudgement(), a.getOverallJudgement())),
                ReviewFormat.line(this, "review.record.consequence",
                        settings.recordedConsequence(a.getOverallJudgement(), a.getConsequence(), locale)),
                ReviewFormat.line(this, "review.record.reasons", a.getReasons()),
                ReviewFormat.line(this, "review.record.hrAdvice", a.getHrAdvice()),
                ReviewFormat.line(this, "review.record.hrAdviceWeighed",
                        ReviewFormat.moment(a.getHrAdviceWeighedAt(), zone, locale)),
                ReviewFormat.line(this, "review.record.secondOpinion", secondOpinion(a)),
                ReviewFormat.line(this, "review.record.handedOver", ReviewFormat.moment(a.getHandedOverAt(), zone, locale)),
                ReviewFormat.line(this, "review.record.decision", a.getDecidedAt() == null ? null
                        : getTranslation(Boolean.TRUE.equals(a.getDecisionChanged()) ? "review.record.decisionChanged"
                                : "review.record.decisionKept", a.getDecisionReasons() == null ? "" : a.getDecisionReasons())));
        return d;
    }

    /** "Akkoord" or the comment, with who gave it and when; null when nobody was consulted (yet). */
    private String secondOpinion(Assessment a) {
        if (a.getSecondOpinionAgreed() == null) {
            return null;
        }
        String who = getTranslation("review.record.secondOpinionBy", people.getOrDefault(a.getSecondAssessorId(), "?"),
                ReviewFormat.moment(a.getSecondOpinionAt(), zone, locale));
        String comment = a.getSecondOpinionComment();
        if (Boolean.TRUE.equals(a.getSecondOpinionAgreed())) {
            return (comment == null ? getTranslation("review.record.secondOpinionAgreed")
                    : getTranslation("review.record.secondOpinionAgreedWith", comment)) + " " + who;
        }
        return getTranslation("review.record.secondOpinionComment", comment) + " " + who;
    }

    /** The preparation, the manager's record once written, and the employee's remark once signed as seen. */
    private Component development(DevelopmentConversation c) {
        Div d = new Div();
        if (c.getPreparation() != null) {
            d.add(new H4(getTranslation("review.development.employeePreparation")), new Paragraph(c.getPreparation()));
        }
        if (c.isRecorded()) {
            d.add(ReviewFormat.line(this, "review.record.conversationDate",
                    ReviewFormat.date(c.getConversationDate(), locale)));
            d.add(new H4(getTranslation("review.development.lookingBack")), new Paragraph(c.getLookingBack()));
            d.add(new H4(getTranslation("review.development.agreements")),
                    new Paragraph(c.getDevelopmentAgreements()));
            if (c.getOwnContribution() != null) {
                d.add(new H4(getTranslation("review.development.ownContribution")),
                        new Paragraph(c.getOwnContribution()));
            }
            d.add(meta(getTranslation("review.development.recordedBy", people.getOrDefault(c.getAuthorId(), "?"),
                    ReviewFormat.moment(c.getRecordedAt(), zone, locale))));
        }
        if (c.isFinal()) {
            d.add(new H4(getTranslation("review.development.comment")), new Paragraph(c.getEmployeeComment() == null
                    ? getTranslation("review.development.noComment") : c.getEmployeeComment()));
            Paragraph done = new Paragraph(getTranslation("review.development.final"));
            done.setId("review-development-final");
            d.add(done);
        }
        return d;
    }

    private Component response(EmployeeResponse r) {
        Div d = new Div(new Paragraph(r.getText()));
        d.add(ReviewFormat.line(this, "review.record.submitted", ReviewFormat.moment(r.getSubmittedAt(), zone, locale)));
        if (r.isConversationRequested()) {
            d.add(new Paragraph(getTranslation("review.record.conversationRequested")));
        }
        return d;
    }

    private Component signatures() {
        UnorderedList list = list();
        for (Signature s : dossier.signatures()) {
            list.add(new ListItem(label(getTranslation("review.signature." + s.getKind().name())),
                    new Span(" " + getTranslation("review.record.signedBy", dossier.signerName(s),
                            ReviewFormat.moment(s.getSignedAt(), zone, locale)))));
        }
        return list;
    }

    private Component changes() {
        UnorderedList list = list();
        for (AgreementChange c : dossier.changes()) {
            ListItem item = new ListItem(label(getTranslation("review.change." + c.getStatus().name())),
                    new Span(" " + getTranslation("review.record.proposedBy", people.getOrDefault(c.getProposedById(), "?"),
                            ReviewFormat.moment(c.getProposedAt(), zone, locale))));
            if (!ReviewFormat.blank(c.getReason())) {
                item.add(new Paragraph(c.getReason()));
            }
            if (!ReviewFormat.blank(c.getDecisionReason())) {
                item.add(ReviewFormat.line(this, "review.record.decisionReason", c.getDecisionReason()));
            }
            list.add(item);
        }
        return list;
    }
}
