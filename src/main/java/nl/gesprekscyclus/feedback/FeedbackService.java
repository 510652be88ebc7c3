package nl.gesprekscyclus.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.cycle.CycleSettings;
import nl.gesprekscyclus.cycle.FeedbackSettings;
import nl.gesprekscyclus.functionbook.LevelScale;
import nl.gesprekscyclus.notification.NotificationKind;
import nl.gesprekscyclus.notification.Notifications;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.FeedbackRoundService;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewCompetency;
import nl.gesprekscyclus.review.ReviewConversations;
import nl.gesprekscyclus.review.ReviewConversations.Participant;
import nl.gesprekscyclus.review.ReviewRecords;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from colleagues (issue 19, item 2). The employee or the manager (or the manager's substitute) asks named
 * colleagues about chosen competencies and agreements of the review; who may ask and who reads the results is
 * {@link ReviewConversations}'s to say, as for check-ins. A colleague asked answers or declines on "Feedback geven",
 * once. Anonymous answers are shown only aggregated and only from the configured minimum on; the audit trail records
 * them as "(anoniem)" without an address, so no screen, export or inzage but the giver's own ties them to the giver.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class FeedbackService {

    /** The "task" of the colleague's notification (the bell and the mail show its name; no process task). */
    public static final String TASK_KEY = "feedbackRequest";
    /** Who an anonymous answer or decline is recorded as, in the audit trail. */
    static final String ANONYMOUS_ACTOR = "(anoniem)";
    /** How many colleagues the picker offers per search. */
    static final int PICKER_LIMIT = 20;

    private final ReviewConversations gate;
    private final FeedbackRequestRepository requests;
    private final OrganisationDirectory directory;
    private final ReviewRecords reviews;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final CycleSettings settings;
    private final Clock clock;
    private final FeedbackRoundService feedbackRound;

    FeedbackService(ReviewConversations gate, FeedbackRequestRepository requests, OrganisationDirectory directory,
            ReviewRecords reviews, CurrentUser currentUser, AccessRefusals refusals, AuditTrail audit,
            Notifications notifications, CycleSettings settings, Clock clock, FeedbackRoundService feedbackRound) {
        this.feedbackRound = feedbackRound;
        this.gate = gate;
        this.requests = requests;
        this.directory = directory;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /** A colleague the asker can pick. */
    public record Colleague(long id, String name, String unitName) {
    }

    /** The review's feedback as the viewer may see it (see {@link FeedbackOverview}). */
    @Transactional(readOnly = true)
    public FeedbackOverview of(long reviewId) {
        Participant p = gate.toRead(reviewId, "read feedback");
        Review review = p.review();
        FeedbackSettings config = settings.feedback();
        LevelScale scale = gate.scaleOf(review);
        List<FeedbackRequest> all = requests.findByReviewIdOrderByIdAsc(reviewId);
        Map<Long, String> names = names(all.stream().flatMap(r -> r.getAskees().stream())
                .map(FeedbackAskee::getGiverId).collect(Collectors.toSet()));
        List<FeedbackOverview.Request> views = all.stream()
                .map(r -> view(r, scale, names, config.anonymousMinimum())).toList();
        boolean mayAsk = p.takesPart() && !review.getPhase().isFinished();
        return new FeedbackOverview(views, mayAsk, mayAsk ? options(review) : List.of(), review.getYear(),
                config.anonymousMinimum(), config.maximumAskees());
    }

    /**
     * Colleagues in service whose name matches what was typed, for the asker's picker: only someone who may ask
     * about this review may search, and the review's employee and manager are left out (they cannot be asked).
     */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(long reviewId, String typed) {
        Participant p = gate.toWrite(reviewId, "find colleagues for feedback");
        Set<Long> excluded = new HashSet<>();
        excluded.add(p.review().getEmployeeId());
        excluded.add(p.review().getManagerId());
        excluded.add(p.personId());
        return directory.activeByName(typed == null ? "" : typed, 0, PICKER_LIMIT + excluded.size()).stream()
                .filter(e -> !excluded.contains(e.id())).limit(PICKER_LIMIT)
                .map(e -> new Colleague(e.id(), e.fullName(), e.unitName())).toList();
    }

    /**
     * Sends a request: checked whole, then stored with its items and colleagues, each colleague notified (bell and
     * mail, which say who the feedback is about and by when, never what is asked). All or nothing. The employee's
     * first request during the feedback round completes that task ({@link FeedbackRoundService#asked}).
     *
     * @return the request's id
     */
    public long ask(long reviewId, FeedbackRequestData data) {
        Participant p = gate.toWrite(reviewId, "ask feedback");
        Review review = p.review();
        Map<String, String> competencies = new LinkedHashMap<>();
        gate.competenciesOf(review).forEach(c -> competencies.put(c.competency(),
                gate.competencyName(review, c.competency())));
        Map<String, String> agreements = agreements(reviewId);
        Map<Long, EmployeeSummary> people = directory.employees(data.askees().stream()
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, Function.identity(), (a, b) -> a));
        Map<Long, FeedbackRules.Colleague> colleagues = new HashMap<>();
        people.forEach((id, e) -> colleagues.put(id, new FeedbackRules.Colleague(e.fullName(), e.active())));
        refuseIfInvalid(FeedbackRules.check(data, review.getYear(), LocalDate.now(clock), competencies.keySet(),
                agreements.keySet(), new FeedbackRules.Parties(p.personId(), review.getEmployeeId(),
                        review.getManagerId()), colleagues, settings.feedback()));
        FeedbackRequest request = new FeedbackRequest(reviewId, p.personId(), p.onBehalfOf(), p.actorName(),
                data.question().strip(), data.dueOn(), data.anonymous(), clock.instant());
        for (FeedbackRequestData.Item item : data.items()) {
            request.about(item.kind(), item.subject(), item.kind() == FeedbackItemKind.COMPETENCY
                    ? competencies.get(item.subject()) : agreements.get(item.subject()));
        }
        data.askees().forEach(request::ask);
        FeedbackRequest saved = requests.saveAndFlush(request);
        java.time.Instant due = data.dueOn().atStartOfDay(clock.getZone()).toInstant();
        for (FeedbackAskee askee : saved.getAskees()) {
            String number = people.get(askee.getGiverId()).personnelNumber();
            notifications.notifyPerson(number, reviewId, NotificationKind.FEEDBACK_REQUEST, TASK_KEY,
                    taskId(askee.getId()), number, due);
        }
        audit.record("feedback.ask", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                "feedback request " + saved.getId() + "; " + saved.getAskees().size() + " colleagues; "
                        + (saved.isAnonymous() ? "anonymous" : "named"));
        feedbackRound.asked(reviewId);
        return saved.getId();
    }

    /** The requests that ask the logged-in person, open ones first, then the newest. */
    @Transactional(readOnly = true)
    public List<GivingRequest> mine() {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        List<GivingRequest> mine = new ArrayList<>();
        for (FeedbackRequest r : requests.findAsking(me)) {
            FeedbackAskee askee = r.getAskees().stream().filter(a -> me.equals(a.getGiverId())).findFirst()
                    .orElseThrow();
            mine.add(giving(r, askee));
        }
        mine.sort(Comparator.comparing((GivingRequest g) -> g.status() != AskeeStatus.OPEN)
                .thenComparing(GivingRequest::dueOn));
        return mine;
    }

    /** How many anonymous answers must be in before they are shown (what the colleague asked is told). */
    public int anonymousMinimum() {
        return settings.feedback().anonymousMinimum();
    }

    /** How many requests wait for the logged-in person's answer (for "Mijn taken"). */
    @Transactional(readOnly = true)
    public long openForMe() {
        return mine().stream().filter(g -> g.status() == AskeeStatus.OPEN).count();
    }

    /** The colleague answers, every item, once; then the request is done for them. */
    public void answer(long askeeId, List<FeedbackAnswerData> answers) {
        FeedbackRequest request = requestOfMine(askeeId, "answer feedback");
        FeedbackAskee askee = askee(request, askeeId);
        Review review = open(request, askee);
        Map<Long, FeedbackItemKind> items = request.getItems().stream()
                .collect(Collectors.toMap(FeedbackItem::getId, FeedbackItem::getKind));
        List<FeedbackAnswerData> given = answers == null ? List.of() : answers;
        refuseIfInvalid(FeedbackRules.checkAnswer(given, items,
                new HashSet<>(gate.scaleOf(review).codes())));
        askee.answer(given.stream().map(a -> new FeedbackAnswer(request.getReviewId(), a.itemId(),
                blankToNull(a.level()), blankToNull(a.text()))).toList(), clock.instant());
        done(request, askee, review, "feedback.answer");
    }

    /** The colleague declines, with a reason if they give one; then the request is done for them. */
    public void decline(long askeeId, String reason) {
        FeedbackRequest request = requestOfMine(askeeId, "decline feedback");
        FeedbackAskee askee = askee(request, askeeId);
        Review review = open(request, askee);
        refuseIfInvalid(FeedbackRules.checkDecline(reason));
        askee.decline(blankToNull(reason), clock.instant());
        done(request, askee, review, "feedback.decline");
    }

    /**
     * Everything the logged-in person gave as feedback, named or anonymous: their personal data, for their own
     * inzage. With the request's question and items, and whom it was about.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> myGivenFeedback() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GivingRequest g : mine()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("about", g.employeeName());
            row.put("asked_by", g.askedBy());
            row.put("question", g.question());
            row.put("due_on", g.dueOn().toString());
            row.put("anonymous", g.anonymous());
            row.put("status", g.status().name());
            row.put("decline_reason", g.declineReason());
            Map<Long, String> labels = g.items().stream()
                    .collect(Collectors.toMap(GivingRequest.Item::id, GivingRequest.Item::label));
            row.put("answers", g.mine().stream().map(a -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("item", labels.get(a.itemId()));
                answer.put("level", a.level());
                answer.put("text", a.text());
                return answer;
            }).toList());
            rows.add(row);
        }
        return rows;
    }

    private void done(FeedbackRequest request, FeedbackAskee askee, Review review, String action) {
        notifications.taskEnded(taskId(askee.getId()));
        if (request.isAnonymous()) {
            // who gave an anonymous answer is not in the trail that HR, the admin and the employee's inzage read:
            // no username, no address; the request and the time only
            audit.record(ANONYMOUS_ACTOR, action, "feedback request " + request.getId(), review.getEmployeeId(),
                    AuditTrail.SUCCESS, null, null);
        } else {
            audit.record(action, "review " + review.getId(), review.getEmployeeId(), AuditTrail.SUCCESS,
                    "feedback request " + request.getId());
        }
    }

    /** The request of an askee row that is the logged-in person's; anyone else's (or an unknown one) is refused. */
    private FeedbackRequest requestOfMine(long askeeId, String action) {
        Long me = currentUser.require().employeeId();
        return requests.findByAskeeId(askeeId)
                .filter(r -> me != null && me.equals(askee(r, askeeId).getGiverId()))
                .orElseThrow(() -> refusals.refuse(action, "feedback " + askeeId));
    }

    /** Answered or declined is final, and a finished review takes no more feedback. */
    private Review open(FeedbackRequest request, FeedbackAskee askee) {
        if (askee.getStatus() != AskeeStatus.OPEN) {
            throw new FeedbackValidationException(List.of(Violation.of("status", "feedback.alreadyDone")));
        }
        Review review = reviews.review(request.getReviewId()).orElseThrow();
        if (review.getPhase().isFinished()) {
            throw new FeedbackValidationException(List.of(Violation.of("status", "feedback.reviewFinished")));
        }
        return review;
    }

    private static FeedbackAskee askee(FeedbackRequest request, long askeeId) {
        return request.getAskees().stream().filter(a -> a.getId() == askeeId).findFirst().orElseThrow();
    }

    private GivingRequest giving(FeedbackRequest r, FeedbackAskee askee) {
        Review review = reviews.review(r.getReviewId()).orElseThrow();
        String employee = directory.employee(review.getEmployeeId()).map(EmployeeSummary::fullName).orElse("");
        List<GivingRequest.Level> levels = gate.scaleOf(review).highestFirst().stream()
                .filter(java.util.Objects::nonNull).map(l -> new GivingRequest.Level(l.code(), l.name())).toList();
        return new GivingRequest(askee.getId(), employee, r.getAskedByName(), r.getQuestion(), r.getDueOn(),
                r.isAnonymous(), askee.getStatus(), askee.getDeclineReason(),
                r.getItems().stream().map(i -> new GivingRequest.Item(i.getId(), i.getKind(), i.getLabel())).toList(),
                levels, askee.getAnswers().stream()
                        .map(a -> new FeedbackAnswerData(a.getItemId(), a.getLevel(), a.getText())).toList());
    }

    private static FeedbackOverview.Request view(FeedbackRequest r, LevelScale scale, Map<Long, String> names,
            int minimum) {
        List<FeedbackAskee> answered = r.getAskees().stream().filter(a -> a.getStatus() == AskeeStatus.ANSWERED)
                .toList();
        boolean visible = !r.isAnonymous() || answered.size() >= minimum;
        List<FeedbackOverview.ItemResult> items = new ArrayList<>();
        for (FeedbackItem item : r.getItems()) {
            List<FeedbackOverview.NamedAnswer> named = new ArrayList<>();
            List<FeedbackOverview.LevelCount> levels = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (visible && !r.isAnonymous()) {
                for (FeedbackAskee a : answered) {
                    a.getAnswers().stream().filter(x -> x.getItemId().equals(item.getId())).findFirst()
                            .ifPresent(x -> named.add(new FeedbackOverview.NamedAnswer(names.get(a.getGiverId()),
                                    levelName(scale, x.getLevel()), x.getText())));
                }
            } else if (visible) {
                List<FeedbackAnswer> all = answered.stream().flatMap(a -> a.getAnswers().stream())
                        .filter(x -> x.getItemId().equals(item.getId())).toList();
                for (String code : scale.codes()) {
                    long count = all.stream().filter(x -> code != null && code.equals(x.getLevel())).count();
                    if (count > 0) {
                        levels.add(new FeedbackOverview.LevelCount(levelName(scale, code), count));
                    }
                }
                // alphabetical: the order says nothing about who answered or when
                all.stream().map(FeedbackAnswer::getText).filter(t -> t != null && !t.isBlank()).sorted()
                        .forEach(texts::add);
            }
            items.add(new FeedbackOverview.ItemResult(item.getId(), item.getKind(), item.getLabel(), named, levels,
                    texts));
        }
        List<FeedbackOverview.Askee> askees = r.isAnonymous() ? List.of() : r.getAskees().stream()
                .map(a -> new FeedbackOverview.Askee(names.get(a.getGiverId()), a.getStatus(), a.getDeclineReason()))
                .toList();
        return new FeedbackOverview.Request(r.getId(), r.getAskedByName(), r.getQuestion(), r.getDueOn(),
                r.isAnonymous(), r.getAskees().size(), answered.size(), visible, askees, items);
    }

    private static String levelName(LevelScale scale, String code) {
        return code == null ? null : scale.level(code).map(LevelScale.Level::name).orElse(code);
    }

    private List<FeedbackOverview.Option> options(Review review) {
        List<FeedbackOverview.Option> options = new ArrayList<>();
        for (ReviewCompetency c : gate.competenciesOf(review)) {
            // the book's name on screen ("Analytisch vermogen"), the code as the subject that is stored
            options.add(new FeedbackOverview.Option(FeedbackItemKind.COMPETENCY, c.competency(),
                    gate.competencyName(review, c.competency())));
        }
        agreements(review.getId()).forEach((lineage, description) -> options.add(
                new FeedbackOverview.Option(FeedbackItemKind.AGREEMENT, lineage, description)));
        return options;
    }

    private Map<String, String> agreements(long reviewId) {
        Map<String, String> byLineage = new LinkedHashMap<>();
        for (ResultAgreement a : gate.agreementsOf(reviewId)) {
            byLineage.put(a.getLineage(), a.data().description());
        }
        return byLineage;
    }

    private Map<Long, String> names(Set<Long> ids) {
        return directory.employees(ids).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName, (a, b) -> a));
    }

    static String taskId(long askeeId) {
        return "feedback-" + askeeId;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void refuseIfInvalid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new FeedbackValidationException(violations);
        }
    }
}
