package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.gesprekscyclus.functionbook.Competency;
import nl.gesprekscyclus.functionbook.JobProfile;
import nl.gesprekscyclus.review.AgreementChange;
import nl.gesprekscyclus.review.AgreementStanding;
import nl.gesprekscyclus.review.AgreementStatus;
import nl.gesprekscyclus.review.AgreementVersion;
import nl.gesprekscyclus.review.CoordinatorInput;
import nl.gesprekscyclus.review.DevelopmentAgreement;
import nl.gesprekscyclus.review.DevelopmentAgreementData;
import nl.gesprekscyclus.review.Disagreement;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.ResultAgreementData;
import nl.gesprekscyclus.review.ReviewDossier;

/**
 * The right column: this year's result agreements grouped by resultaatgebied (the current or draft version of
 * each; older versions behind "Versies"), the development agreements with their functieperspectief, the
 * employee's "niet akkoord" reasons and the coordinator's input as far as the viewer may see it. While the viewer
 * may edit the drafts, each draft has its edit and remove buttons.
 */
class ReviewAgreementsColumn extends Section {

    /** The group key of the agreements linked to a role, before its code; the dialog reads it as "propose this role". */
    static final String ROLE = "role:";

    /**
     * What the column's buttons ask for, answered by the planning and change presenters; and who a username the
     * data keeps is, by name (an agreement version's author).
     */
    record Actions(BiConsumer<ResultAgreement, String> editAgreement, Consumer<ResultAgreement> removeAgreement,
            Consumer<ResultAgreement> proposeChange, Consumer<DevelopmentAgreement> editDevelopment,
            UnaryOperator<String> personName) {
    }

    private final Actions on;
    private final ReviewDossier dossier;
    private final ZoneId zone;
    private final Locale locale;
    private final boolean editable;
    private final boolean proposable;
    final Paragraph weightTotal = new Paragraph();

    /**
     * @param editable   whether the viewer may edit the drafts now
     * @param proposable whether the viewer may propose a change of the agreed agreements now
     */
    ReviewAgreementsColumn(ReviewDossier dossier, ReviewHighlighter highlighter, boolean editable, boolean proposable,
            Actions actions, ZoneId zone, Locale locale) {
        this.on = actions;
        this.dossier = dossier;
        this.zone = zone;
        this.locale = locale;
        this.editable = editable;
        this.proposable = proposable;
        addClassName("review-column");
        addClassName("review-agreements");
        setId("review-agreements");
        add(new H2(getTranslation("review.agreements", dossier.review().getYear())));
        ChangeSteps.openChange(dossier).ifPresent(change -> add(openChange(change)));
        add(resultAgreements(highlighter));
        add(developmentAgreements());
        if (!dossier.disagreements().isEmpty()) {
            add(disagreements());
        }
        if (!dossier.coordinatorInputs().isEmpty()) {
            add(coordinatorInput());
        }
    }

    /** The lineages of the result agreements, each with its versions (oldest first), in the order they were made. */
    static Map<String, List<ResultAgreement>> lineages(List<ResultAgreement> all) {
        Map<String, List<ResultAgreement>> byLineage = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(ResultAgreement::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ResultAgreement::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> byLineage.computeIfAbsent(a.getLineage(), l -> new ArrayList<>()).add(a));
        byLineage.values().forEach(v -> v.sort(Comparator.comparingInt(ResultAgreement::getVersionNumber)));
        return byLineage;
    }

    /** The version of a lineage that counts now: the newest current or draft one; empty when it was removed. */
    static Optional<ResultAgreement> shown(List<ResultAgreement> versions) {
        return versions.stream().filter(a -> a.getStatus() == AgreementStatus.CURRENT
                || a.getStatus() == AgreementStatus.DRAFT).max(Comparator.comparingInt(ResultAgreement::getVersionNumber));
    }

    private Section resultAgreements(ReviewHighlighter highlighter) {
        Section section = new Section();
        section.setId("review-result-agreements");
        section.add(new H3(getTranslation("review.resultAgreements")));
        if (editable) {
            Button add = new Button(getTranslation("review.agreement.add"), VaadinIcon.PLUS.create(),
                    e -> on.editAgreement().accept(null, highlighter.selected()));
            add.setId("review-add-agreement");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(add);
        }
        Map<String, List<ResultAgreement>> lineages = lineages(dossier.resultAgreements());
        Map<String, String> names = areaNames(dossier.jobProfile());
        // every area of the profile (the empty ones only while agreements can be added), then the areas of a profile
        // before a change of function, under the names they were agreed with
        Map<String, List<List<ResultAgreement>>> byArea = new LinkedHashMap<>();
        Map<String, String> earlier = new LinkedHashMap<>();
        names.keySet().forEach(code -> byArea.put(code, new ArrayList<>()));
        // then each role of the year: agreements linked to a role stand under it (issue 18)
        Map<String, String> roleNames = new LinkedHashMap<>();
        dossier.roles().forEach(r -> {
            roleNames.put(ROLE + r.code(), r.name());
            byArea.put(ROLE + r.code(), new ArrayList<>());
        });
        for (List<ResultAgreement> versions : lineages.values()) {
            ResultAgreement latest = versions.get(versions.size() - 1);
            ResultAgreement counting = shown(versions).orElse(latest);
            String area = areaKey(counting, names);
            if (area.startsWith(ROLE)) {
                roleNames.putIfAbsent(area, counting.roleName());
            } else if (!names.containsKey(area)) {
                earlier.putIfAbsent(area, counting.resultAreaName());
            }
            byArea.computeIfAbsent(area, c -> new ArrayList<>()).add(versions);
        }
        int shownCount = 0;
        for (Map.Entry<String, List<List<ResultAgreement>>> entry : byArea.entrySet()) {
            String code = entry.getKey();
            List<List<ResultAgreement>> inArea = entry.getValue();
            if (inArea.isEmpty() && !editable) {
                continue;
            }
            boolean isRole = code.startsWith(ROLE);
            boolean inProfile = names.containsKey(code) || isRole && dossier.roles().stream()
                    .anyMatch(r -> code.equals(ROLE + r.code()));
            String areaName = isRole ? getTranslation("review.agreements.roleGroup", roleNames.get(code))
                    : inProfile ? names.get(code)
                    : getTranslation("review.agreements.earlierArea", earlier.getOrDefault(code, code));
            Div group = new Div();
            group.addClassName("review-agreement-group");
            if (isRole) {
                group.getElement().setAttribute("data-role", code.substring(ROLE.length()));
                group.setId("review-agreements-role-" + code.substring(ROLE.length()));
            }
            group.getElement().setAttribute("data-result-area", code);
            highlighter.member(code, group);
            group.add(isRole ? new H4(areaName)
                    : new H4(highlighter.toggle(code, areaName, getTranslation("review.profile.showArea", areaName))));
            List<ResultAgreement> current = new ArrayList<>();
            List<List<ResultAgreement>> removed = new ArrayList<>();
            for (List<ResultAgreement> versions : inArea) {
                Optional<ResultAgreement> s = shown(versions);
                if (s.isPresent()) {
                    group.add(card(s.get(), versions));
                    current.add(s.get());
                } else {
                    removed.add(versions);
                }
            }
            shownCount += current.size();
            if (current.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("review.agreements.noneInArea"));
                none.addClassName("review-empty");
                group.add(none);
            }
            for (List<ResultAgreement> versions : removed) {
                group.add(removedLine(versions));
            }
            if (editable && inProfile) {
                Button addHere = new Button(getTranslation("review.agreement.addInArea"), VaadinIcon.PLUS.create(),
                        e -> on.editAgreement().accept(null, code));
                addHere.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                addHere.setAriaLabel(getTranslation("review.agreement.addInAreaLabel", areaName));
                group.add(addHere);
            }
            section.add(group);
        }
        if (shownCount == 0 && !editable) {
            Paragraph none = new Paragraph(getTranslation("review.agreements.none"));
            none.addClassName("review-empty");
            section.add(none);
        }
        List<Integer> weights = lineages.values().stream().map(ReviewAgreementsColumn::shown).flatMap(Optional::stream)
                .map(a -> a.data().weight()).toList();
        weightTotal.setId("review-weight-total");
        weightTotal.addClassName("review-weight-total");
        if (weights.stream().anyMatch(Objects::nonNull)) {
            int sum = weights.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
            boolean ok = sum == 100 && weights.stream().allMatch(Objects::nonNull);
            weightTotal.setText(getTranslation(ok ? "review.weights.ok" : "review.weights.notOk", sum));
            weightTotal.getElement().getClassList().set("review-warning", !ok);
            section.add(weightTotal);
        }
        return section;
    }

    /**
     * The group an agreement is shown in: its area of the profile in force, or, when it was agreed under another
     * normfunctie (before a change of function), an area of its own, so that "RG1" of the old profile is not shown
     * under "RG1" of the new one.
     */
    private String areaKey(ResultAgreement a, Map<String, String> names) {
        if (a.data().roleCode() != null) {
            return ROLE + a.data().roleCode();
        }
        String code = a.data().resultArea();
        boolean sameProfile = a.resultAreaProfile() == null
                || a.resultAreaProfile().equals(dossier.review().getJobProfileCode());
        return sameProfile && names.containsKey(code) ? code : a.resultAreaProfile() + "/" + code;
    }

    /**
     * The free text of the old "rol" field (before V22), marked as such; where it names a role of this review's
     * year, that role too (docs/roles.md, "In the review"). Nothing for an agreement without it.
     */
    private Component oldRoleText(ResultAgreementData d) {
        if (ReviewFormat.blank(d.workRole())) {
            return ReviewFormat.line(this, "review.agreement.oldRole", null);
        }
        String text = dossier.roleOf(d).filter(r -> d.roleCode() == null)
                .map(r -> getTranslation("review.agreement.oldRoleMatched", d.workRole(), r.name()))
                .orElse(d.workRole());
        Component line = ReviewFormat.line(this, "review.agreement.oldRole", text);
        line.getElement().getClassList().add("review-old-role");
        return line;
    }

    private Div card(ResultAgreement a, List<ResultAgreement> versions) {
        ResultAgreementData d = a.data();
        Div card = new Div();
        card.addClassName("review-agreement");
        card.getElement().setAttribute("data-lineage", a.getLineage());
        card.getElement().setAttribute("data-status", a.getStatus().name());
        Div top = new Div();
        top.addClassName("review-card-top");
        Span title = new Span(d.description());
        title.addClassName("review-card-title");
        top.add(title, standing(a));
        card.add(top);
        card.add(ReviewFormat.line(this, "review.agreement.criterion", d.criterion()),
                ReviewFormat.line(this, "review.agreement.deadline", ReviewFormat.date(d.deadline(), locale)),
                ReviewFormat.line(this, "review.agreement.weight", d.weight() == null ? null : String.valueOf(d.weight())),
                oldRoleText(d));
        Div actions = new Div();
        actions.addClassName("review-card-actions");
        if (versions.size() > 1) {
            Paragraph version = new Paragraph(getTranslation("review.versions.current", a.getVersionNumber()));
            version.addClassName("review-meta");
            card.add(version);
            actions.add(versionsButton(versions));
        }
        if (editable && a.getStatus() == AgreementStatus.DRAFT) {
            Button edit = new Button(getTranslation("review.edit"), VaadinIcon.EDIT.create(),
                    e -> on.editAgreement().accept(a, null));
            edit.addClassName("review-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("review.editLabel", d.description()));
            Button remove = new Button(getTranslation("review.remove"), VaadinIcon.TRASH.create(),
                    e -> on.removeAgreement().accept(a));
            remove.addClassName("review-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("review.removeLabel", d.description()));
            actions.add(edit, remove);
        }
        if (proposable && a.getStatus() == AgreementStatus.CURRENT) {
            Button propose = new Button(getTranslation("review.change.propose"), VaadinIcon.EXCHANGE.create(),
                    e -> on.proposeChange().accept(a));
            propose.addClassName("review-propose-change");
            propose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            propose.setAriaLabel(getTranslation("review.change.proposeLabel", d.description()));
            actions.add(propose);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    /** Concept, vastgesteld, akkoord or gewijzigd: what the agreement is now, not only how it is stored. */
    private Span standing(AgreementVersion a) {
        AgreementStanding standing = AgreementStanding.of(a, dossier.review());
        Span badge = ReviewFormat.badge(getTranslation("review.standing." + standing.name()),
                standing.name().toLowerCase(Locale.ROOT));
        badge.addClassName("review-standing");
        return badge;
    }

    /** A proposal waits for a decision: the agreements below stay in force until then. */
    private Paragraph openChange(AgreementChange change) {
        ReviewDossier.Person decider = dossier.employee() != null && dossier.employee().id().equals(change.getDeciderId())
                ? dossier.employee() : dossier.manager();
        Paragraph notice = new Paragraph(getTranslation("review.change.open",
                decider == null ? getTranslation("review.nobody") : decider.name(),
                ReviewFormat.moment(change.getProposedAt(), zone, locale)));
        notice.setId("review-open-change");
        notice.addClassName("review-notice");
        return notice;
    }

    /** An agreement taken out by a change: only its last text, and its versions. */
    private Div removedLine(List<ResultAgreement> versions) {
        ResultAgreement last = versions.get(versions.size() - 1);
        Div line = new Div();
        line.addClassName("review-agreement-removed");
        line.getElement().setAttribute("data-lineage", last.getLineage());
        Span text = new Span(getTranslation("review.agreements.removed", last.data().description()));
        line.add(text, versionsButton(versions));
        return line;
    }

    private Button versionsButton(List<ResultAgreement> versions) {
        Button b = new Button(getTranslation("review.versions", versions.size()), VaadinIcon.TIME_BACKWARD.create(),
                e -> new AgreementVersionsDialog(versions, dossier.review(), on.personName(), zone, locale).open());
        b.addClassName("review-versions-button");
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation("review.versionsLabel", versions.size(),
                versions.get(versions.size() - 1).data().description()));
        return b;
    }

    private Section developmentAgreements() {
        Section section = new Section();
        section.setId("review-development-agreements");
        section.add(new H3(getTranslation("review.developmentAgreements")));
        if (editable) {
            Button add = new Button(getTranslation("review.development.add"), VaadinIcon.PLUS.create(),
                    e -> on.editDevelopment().accept(null));
            add.setId("review-add-development");
            section.add(add);
        }
        Map<String, List<DevelopmentAgreement>> byLineage = new LinkedHashMap<>();
        dossier.developmentAgreements().forEach(a -> byLineage.computeIfAbsent(a.getLineage(), l -> new ArrayList<>()).add(a));
        int shown = 0;
        for (List<DevelopmentAgreement> versions : byLineage.values()) {
            Optional<DevelopmentAgreement> current = versions.stream()
                    .filter(a -> a.getStatus() == AgreementStatus.CURRENT || a.getStatus() == AgreementStatus.DRAFT)
                    .max(Comparator.comparingInt(DevelopmentAgreement::getVersionNumber));
            if (current.isPresent()) {
                section.add(developmentCard(current.get(), versions.size()));
                shown++;
            }
        }
        if (shown == 0) {
            Paragraph none = new Paragraph(getTranslation("review.development.none"));
            none.addClassName("review-empty");
            section.add(none);
        }
        return section;
    }

    private Div developmentCard(DevelopmentAgreement a, int versionCount) {
        DevelopmentAgreementData d = a.data();
        Div card = new Div();
        card.addClassName("review-agreement");
        card.addClassName("review-development");
        card.getElement().setAttribute("data-lineage", a.getLineage());
        card.getElement().setAttribute("data-status", a.getStatus().name());
        Div top = new Div();
        top.addClassName("review-card-top");
        Span title = new Span(d.goal());
        title.addClassName("review-card-title");
        top.add(title, standing(a));
        card.add(top);
        card.add(ReviewFormat.line(this, "review.development.activities", d.activities()),
                ReviewFormat.line(this, "review.development.deadline", ReviewFormat.date(d.deadline(), locale)));
        List<String[]> perspective = List.of(
                new String[] {"review.development.growing", d.growingActivities()},
                new String[] {"review.development.shrinking", d.shrinkingActivities()},
                new String[] {"review.development.employeeActions", d.employeeActions()},
                new String[] {"review.development.managerActions", d.managerActions()},
                new String[] {"review.development.hrActions", d.hrActions()});
        if (perspective.stream().anyMatch(p -> !ReviewFormat.blank(p[1]))) {
            Div box = new Div();
            box.addClassName("review-perspective");
            Span label = new Span(getTranslation("review.development.perspective"));
            label.addClassName("review-perspective-label");
            box.add(label);
            perspective.forEach(p -> box.add(ReviewFormat.line(this, p[0], p[1])));
            card.add(box);
        }
        if (versionCount > 1) {
            Paragraph version = new Paragraph(getTranslation("review.versions.current", a.getVersionNumber()));
            version.addClassName("review-meta");
            card.add(version);
        }
        if (editable && a.getStatus() == AgreementStatus.DRAFT) {
            Button edit = new Button(getTranslation("review.edit"), VaadinIcon.EDIT.create(),
                    e -> on.editDevelopment().accept(a));
            edit.addClassName("review-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("review.editLabel", d.goal()));
            Div actions = new Div(edit);
            actions.addClassName("review-card-actions");
            card.add(actions);
        }
        return card;
    }

    private Section disagreements() {
        Section section = new Section();
        section.setId("review-disagreements");
        section.add(new H3(getTranslation("review.disagreements")));
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        for (Disagreement d : dossier.disagreements()) {
            ListItem item = new ListItem();
            Span when = new Span(ReviewFormat.moment(d.getCreatedAt(), zone, locale));
            when.addClassName("review-meta");
            item.add(when, new Paragraph(d.getReason()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section coordinatorInput() {
        Section section = new Section();
        section.setId("review-coordinator-input");
        section.add(new H3(getTranslation("review.input")));
        Paragraph note = new Paragraph(getTranslation("review.input.note"));
        note.addClassName("review-hint");
        section.add(note);
        Map<String, String> agreements = new LinkedHashMap<>();
        lineages(dossier.resultAgreements()).forEach((lineage, versions) -> agreements.put(lineage,
                versions.get(versions.size() - 1).data().description()));
        Map<String, String> competencies = dossier.competencies().stream()
                .collect(Collectors.toMap(Competency::code, Competency::name, (x, y) -> x));
        UnorderedList list = new UnorderedList();
        list.addClassName("review-list");
        for (CoordinatorInput input : dossier.coordinatorInputs()) {
            ListItem item = new ListItem();
            item.addClassName("review-input");
            String about;
            if (input.getAgreementLineage() != null) {
                about = getTranslation("review.input.aboutAgreement",
                        agreements.getOrDefault(input.getAgreementLineage(), "?"));
            } else if (input.getCompetencyCode() != null) {
                about = getTranslation("review.input.aboutCompetency",
                        competencies.getOrDefault(input.getCompetencyCode(), input.getCompetencyCode()));
            } else {
                about = getTranslation("review.input.general");
            }
            Span aboutText = new Span(about);
            aboutText.addClassName("review-line-label");
            Span meta = new Span(getTranslation("review.input.meta", getTranslation("review.phase." + input.getPhase().name()),
                    ReviewFormat.moment(input.getCreatedAt(), zone, locale)));
            meta.addClassName("review-meta");
            item.add(aboutText, new Paragraph(input.getText()), meta);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Names of the profile's resultaatgebieden by code, in the profile's order. */
    static Map<String, String> areaNames(JobProfile profile) {
        if (profile == null) {
            return Map.of();
        }
        return profile.resultAreas().stream().collect(Collectors.toMap(JobProfile.ResultArea::code,
                JobProfile.ResultArea::name, (a, b) -> a, LinkedHashMap::new));
    }
}
