package nl.gesprekscyclus.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.gesprekscyclus.audit.AuditTrail;
import nl.gesprekscyclus.base.Violation;
import nl.gesprekscyclus.organisation.EmployeeSummary;
import nl.gesprekscyclus.organisation.OrganisationDirectory;
import nl.gesprekscyclus.review.ResultAgreement;
import nl.gesprekscyclus.review.Review;
import nl.gesprekscyclus.review.ReviewConversations;
import nl.gesprekscyclus.review.ReviewConversations.Participant;
import nl.gesprekscyclus.security.AccessRefusals;
import nl.gesprekscyclus.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins (issue 19): the employee or the manager (or the manager's substitute) records a conversation at any
 * moment of the review's year; both read the shared part and add to it; each may keep a private note on it that
 * only they read. Who reads the shared part otherwise, and who is refused, is {@link ReviewConversations}'s to say.
 * The audit trail records each change without its content: a private note's words are never in it.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CheckInService {

    private final ReviewConversations gate;
    private final CheckInRepository checkIns;
    private final PrivateNoteRepository notes;
    private final OrganisationDirectory directory;
    private final CurrentUser currentUser;
    private final AccessRefusals refusals;
    private final AuditTrail audit;
    private final CheckInReminders reminders;
    private final Clock clock;

    CheckInService(ReviewConversations gate, CheckInRepository checkIns, PrivateNoteRepository notes,
            OrganisationDirectory directory, CurrentUser currentUser, AccessRefusals refusals, AuditTrail audit,
            CheckInReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.gate = gate;
        this.checkIns = checkIns;
        this.notes = notes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The review's check-ins, oldest first, as the viewer may see them. */
    @Transactional(readOnly = true)
    public CheckIns of(long reviewId) {
        Participant p = gate.toRead(reviewId, "read check-ins");
        Review review = p.review();
        Map<String, String> descriptions = descriptions(reviewId);
        Map<Long, String> people = names(review);
        Map<Long, String> mine = p.personId() == null ? Map.of()
                : notes.findByReviewIdAndWriterIdOrderById(reviewId, p.personId()).stream()
                        .collect(Collectors.toMap(PrivateNote::getCheckInId, PrivateNote::getText));
        List<CheckInView> views = checkIns.findByReviewIdOrderByHeldOnAscIdAsc(reviewId).stream()
                .map(c -> view(c, review, descriptions, people, mine.get(c.getId()))).toList();
        boolean mayWrite = p.takesPart() && !review.getPhase().isFinished();
        List<CheckInView.Agreement> options = mayWrite ? descriptions.entrySet().stream()
                .map(e -> new CheckInView.Agreement(e.getKey(), e.getValue(), null)).toList() : List.of();
        return new CheckIns(views, mayWrite, options, review.getYear(), people.get(review.getEmployeeId()),
                people.get(review.getManagerId()));
    }

    /** Records a check-in with its writer's private note, all or nothing. */
    public CheckInView record(long reviewId, CheckInData data) {
        Participant p = gate.toWrite(reviewId, "record check-in");
        Review review = p.review();
        Map<String, String> descriptions = descriptions(reviewId);
        refuseIfInvalid(CheckInRules.check(data, review.getYear(), LocalDate.now(clock), descriptions.keySet()));
        CheckIn checkIn = new CheckIn(reviewId, data.heldOn(), data.participants().strip(), data.topics().strip(),
                p.personId(), p.onBehalfOf(), p.actorName(), clock.instant());
        data.agreements().forEach(t -> checkIn.touch(t.lineage(), t.status()));
        data.actions().forEach(a -> checkIn.plan(a.text().strip(), a.owner(), a.dueOn()));
        CheckIn saved = checkIns.save(checkIn);
        audit.record("checkin.record", "review " + reviewId, review.getEmployeeId(), AuditTrail.SUCCESS,
                "check-in " + saved.getId() + " of " + data.heldOn());
        String note = null;
        if (data.privateNote() != null && !data.privateNote().isBlank()) {
            note = writeNote(saved, p, data.privateNote().strip());
        }
        return view(saved, review, descriptions, names(review), note);
    }

    /** Adds to the shared part; either party, while the review runs. */
    public CheckInView addEntry(long checkInId, String text) {
        CheckIn checkIn = find(checkInId, "add to check-in");
        Participant p = gate.toWrite(checkIn.getReviewId(), "add to check-in");
        refuseIfInvalid(CheckInRules.checkEntry(text));
        checkIn.add(p.personId(), p.actorName(), text.strip(), clock.instant());
        audit.record("checkin.entry.add", "review " + checkIn.getReviewId(), p.review().getEmployeeId(),
                AuditTrail.SUCCESS, "check-in " + checkInId);
        return view(checkIn, p.review(), descriptions(checkIn.getReviewId()), names(p.review()), ownNote(checkInId, p));
    }

    /** Marks a follow-up action done or not done; either party. A done action is not reminded. */
    public void setActionDone(long actionId, boolean done) {
        CheckIn checkIn = checkIns.findByActionId(actionId)
                .orElseThrow(() -> refusals.refuse("change check-in action", "check-in action " + actionId));
        Participant p = gate.toWrite(checkIn.getReviewId(), "change check-in action");
        CheckInAction action = checkIn.getActions().stream().filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow();
        action.done(done, p.actorName(), clock.instant());
        if (done) {
            reminders.actionDone(actionId);
        }
        audit.record("checkin.action." + (done ? "done" : "open"), "review " + checkIn.getReviewId(),
                p.review().getEmployeeId(), AuditTrail.SUCCESS, "check-in action " + actionId);
    }

    /**
     * Writes (or with blank text removes) the logged-in person's own private note on a check-in. Only those who
     * take part have one: HR and the line read the shared part and nothing else.
     */
    public void savePrivateNote(long checkInId, String text) {
        CheckIn checkIn = find(checkInId, "write private note");
        Participant p = gate.toWrite(checkIn.getReviewId(), "write private note");
        refuseIfInvalid(CheckInRules.checkNote(text));
        if (text == null || text.isBlank()) {
            notes.findByCheckInIdAndWriterId(checkInId, p.personId()).ifPresent(n -> {
                notes.delete(n);
                audit.record("checkin.private-note.remove", "review " + checkIn.getReviewId(),
                        p.review().getEmployeeId(), AuditTrail.SUCCESS, "check-in " + checkInId);
            });
            return;
        }
        writeNote(checkIn, p, text.strip());
    }

    /**
     * Every private note the logged-in person wrote, on any review: their personal data, for their own inzage. With
     * the check-in's review and date, not its shared content (which is the employee's review, not the writer's).
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> myPrivateNotes() {
        Long me = currentUser.require().employeeId();
        if (me == null) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PrivateNote n : notes.findByWriterIdOrderById(me)) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("review_id", n.getReviewId());
            row.put("check_in_id", n.getCheckInId());
            row.put("held_on", checkIns.findById(n.getCheckInId()).map(c -> c.getHeldOn().toString()).orElse(null));
            row.put("text", n.getText());
            row.put("written_at", n.getWrittenAt().toString());
            rows.add(row);
        }
        return rows;
    }

    private String writeNote(CheckIn checkIn, Participant p, String text) {
        Optional<PrivateNote> existing = notes.findByCheckInIdAndWriterId(checkIn.getId(), p.personId());
        if (existing.isPresent()) {
            existing.get().rewrite(text, clock.instant());
        } else {
            notes.save(new PrivateNote(checkIn.getId(), checkIn.getReviewId(), p.personId(), text, clock.instant()));
        }
        // that a note was written, never what it says
        audit.record("checkin.private-note.save", "review " + checkIn.getReviewId(), p.review().getEmployeeId(),
                AuditTrail.SUCCESS, "check-in " + checkIn.getId());
        return text;
    }

    private String ownNote(long checkInId, Participant p) {
        return p.personId() == null ? null
                : notes.findByCheckInIdAndWriterId(checkInId, p.personId()).map(PrivateNote::getText).orElse(null);
    }

    /** An unknown check-in is refused like a forbidden one: the answer does not tell which exist. */
    private CheckIn find(long checkInId, String action) {
        return checkIns.findById(checkInId).orElseThrow(() -> refusals.refuse(action, "check-in " + checkInId));
    }

    private static void refuseIfInvalid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new CheckInValidationException(violations);
        }
    }

    private Map<String, String> descriptions(long reviewId) {
        Map<String, String> byLineage = new java.util.LinkedHashMap<>();
        for (ResultAgreement a : gate.agreementsOf(reviewId)) {
            byLineage.put(a.getLineage(), a.data().description());
        }
        return byLineage;
    }

    private Map<Long, String> names(Review review) {
        return directory.employees(Stream.of(review.getEmployeeId(), review.getManagerId()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new))).stream()
                .collect(Collectors.toMap(EmployeeSummary::id, EmployeeSummary::fullName, (a, b) -> a));
    }

    private static CheckInView view(CheckIn c, Review review, Map<String, String> descriptions,
            Map<Long, String> people, String myNote) {
        Function<ActionOwner, String> owner = o -> people.get(o == ActionOwner.EMPLOYEE ? review.getEmployeeId()
                : review.getManagerId());
        return new CheckInView(c.getId(), c.getHeldOn(), c.getParticipants(), c.getTopics(), c.getRecordedByName(),
                c.getRecordedAt(),
                c.getAgreements().stream().map(a -> new CheckInView.Agreement(a.getLineage(),
                        descriptions.getOrDefault(a.getLineage(), ""), a.getStatus())).toList(),
                c.getActions().stream().map(a -> new CheckInView.Action(a.getId(), a.getText(), a.getOwner(),
                        owner.apply(a.getOwner()), a.getDueOn(), a.isDone(), a.getDoneBy())).toList(),
                c.getEntries().stream().map(e -> new CheckInView.Entry(e.getAuthorName(), e.getWrittenAt(),
                        e.getText())).toList(),
                myNote);
    }
}
