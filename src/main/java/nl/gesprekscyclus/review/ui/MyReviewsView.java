package nl.gesprekscyclus.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.gesprekscyclus.base.ui.ErrorNotifications;
import nl.gesprekscyclus.base.ui.MainLayout;
import nl.gesprekscyclus.document.ui.SignedEarlierSection;
import nl.gesprekscyclus.review.ReviewReadService;
import nl.gesprekscyclus.review.ReviewSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mijn gesprekscyclus": the logged-in employee's own reviews per year, newest first. This year's review (or,
 * when there is none yet, the coming year's) stands out on a card with a button to open it; the others are
 * listed with their phase, what is open for the employee, and a link.
 */
@Route(value = "mijn-gesprekscyclus", layout = MainLayout.class)
@PermitAll
public class MyReviewsView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MyReviewsView.class);

    private final TasksFormat format;
    private final int thisYear;

    /** The card of the current review, or null when there is none. */
    Section current;
    /** The button on the card, or null. */
    Button open;
    /** The other years, or null when there are none. */
    UnorderedList others;
    /** Shown when there is no review (or the reviews could not be read). */
    final Paragraph empty = new Paragraph();

    public MyReviewsView(ReviewReadService reviews, Clock clock, DossierOpeningsSection dossierOpenings,
            SignedEarlierSection signedEarlier) {
        this.format = new TasksFormat(this, getLocale(), clock.getZone());
        this.thisYear = LocalDate.now(clock).getYear();
        addClassName("page");
        addClassName("my-reviews-page");
        add(new H1(getPageTitle()), dossierOpenings);
        // the employee's own data: who did what with it, and the inzage download (privacy/ui/MyDataView)
        Anchor myData = new Anchor("mijn-gegevens", getTranslation("myReviews.myData"));
        myData.addClassName("my-reviews-my-data");
        add(new Paragraph(myData));
        // a manager's former employees' signed assessments: shown only when there are any
        add(signedEarlier);

        Optional<List<ReviewSummary>> mine = load(reviews);
        if (mine.isEmpty() || mine.get().isEmpty()) {
            empty.setText(getTranslation(mine.isEmpty() ? "myReviews.error" : "myReviews.empty"));
            empty.addClassName("my-reviews-empty");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("myReviews.intro")));
        ReviewSummary prominent = prominent(mine.get()).orElse(null);
        if (prominent != null) {
            current = card(prominent);
            add(current);
        }
        List<ReviewSummary> rest = mine.get().stream()
                .filter(r -> prominent == null || r.reviewId() != prominent.reviewId()).toList();
        if (!rest.isEmpty()) {
            H2 heading = new H2(getTranslation(prominent == null ? "myReviews.allYears" : "myReviews.otherYears"));
            others = new UnorderedList();
            others.addClassName("my-reviews-list");
            others.getStyle().set("list-style", "none").set("padding", "0").set("margin", "0");
            rest.forEach(r -> others.add(item(r)));
            Section section = new Section(heading, others);
            section.addClassName("my-reviews-others");
            add(section);
        }
    }

    private Optional<List<ReviewSummary>> load(ReviewReadService reviews) {
        try {
            return Optional.of(reviews.myReviews());
        } catch (RuntimeException ex) {
            log.error("My reviews: reading the reviews failed", ex);
            ErrorNotifications.error(getTranslation("myReviews.error"));
            return Optional.empty();
        }
    }

    /** This year's review; before it exists (a round started ahead), the first coming year's. */
    private Optional<ReviewSummary> prominent(List<ReviewSummary> mine) {
        return mine.stream().filter(r -> r.year() == thisYear).findFirst()
                .or(() -> mine.stream().filter(r -> r.year() > thisYear)
                        .min(Comparator.comparingInt(ReviewSummary::year)));
    }

    private Section card(ReviewSummary r) {
        Section card = new Section();
        card.addClassName("my-reviews-current");
        card.getElement().setAttribute("data-year", String.valueOf(r.year()));
        card.getStyle().set("padding", "var(--lumo-space-m) var(--lumo-space-l)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-primary-color-10pct)")
                .set("margin-bottom", "var(--lumo-space-l)");
        H2 heading = new H2(getTranslation("myReviews.heading", String.valueOf(r.year())));
        heading.setId("my-reviews-current-heading");
        heading.getStyle().set("margin-top", "0");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        card.add(heading, phase(r), openTask(r));

        // a closed review opens read-only: the button says "bekijk", not "open"
        open = new Button(getTranslation(r.phase().isFinished() ? "myReviews.view" : "myReviews.open",
                String.valueOf(r.year())), VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TasksFormat.reviewLocation(r.reviewId()))));
        open.setIconAfterText(true);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("my-reviews-open");
        card.add(open);
        return card;
    }

    private ListItem item(ReviewSummary r) {
        ListItem item = new ListItem();
        item.addClassName("my-reviews-year");
        item.getElement().setAttribute("data-year", String.valueOf(r.year()));
        item.getStyle().set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        H3 heading = new H3(getTranslation("myReviews.heading", String.valueOf(r.year())));
        heading.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Anchor link = new Anchor(TasksFormat.reviewLocation(r.reviewId()),
                getTranslation("myReviews.view", String.valueOf(r.year())));
        link.addClassName("my-reviews-link");
        item.add(heading, phase(r));
        if (r.openTask() != null) {
            item.add(openTask(r));
        }
        item.add(new Paragraph(link));
        return item;
    }

    /** The phase; a closed or ended review is marked read-only, so nobody looks for a step to do in it. */
    private Paragraph phase(ReviewSummary r) {
        Paragraph p = new Paragraph(getTranslation("myReviews.phaseLabel") + ": " + format.phase(r.phase()));
        p.addClassName("my-reviews-phase");
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        if (r.phase().isFinished()) {
            Span readOnly = new Span(getTranslation("myReviews.readOnly"));
            readOnly.addClassName("review-badge");
            readOnly.addClassName("my-reviews-readonly");
            p.add(new Span(" "), readOnly);
        }
        return p;
    }

    /** "Uw volgende stap: Afspraken opstellen, uiterlijk 31-03-2027 [te laat]" or that nothing is open. */
    private Paragraph openTask(ReviewSummary r) {
        Paragraph p = new Paragraph();
        p.addClassName("my-reviews-task");
        p.getStyle().set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-m)");
        if (r.openTask() == null) {
            p.setText(getTranslation("myReviews.nothingOpen"));
            return p;
        }
        p.add(new Span(getTranslation("myReviews.nextStep") + ": " + format.task(r.openTask())));
        if (r.due() != null) {
            p.add(new Span(", " + getTranslation("myReviews.due", format.date(r.due()))));
        }
        if (r.overdue()) {
            p.add(new Span(" "), format.overdue());
        }
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myReviews.title");
    }
}
