package nl.gesprekscyclus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.gesprekscyclus.cycle.RoundCalendar;
import nl.gesprekscyclus.cycle.RoundShape;
import org.junit.jupiter.api.Test;

/** A review's progress conversations from its round's windows: in order, with room, within its progress dates. */
class ProgressConversationsTests {

    private static RoundCalendar.Phase phase(String start, String end) {
        return new RoundCalendar.Phase(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static final RoundShape THREE = new RoundShape(List.of(phase("2070-06-01", "2070-06-30"),
            phase("2070-07-15", "2070-08-15"), phase("2070-09-01", "2070-09-30")), true, false);

    /** The review's dates as the planner gives them; only progress start and due matter here. */
    private static ReviewDates progress(String start, String due) {
        return new ReviewDates(LocalDate.parse("2070-01-01"), LocalDate.parse("2070-12-31"),
                LocalDate.parse("2070-03-01"), LocalDate.parse(start), LocalDate.parse(due),
                LocalDate.parse("2070-10-15"), LocalDate.parse("2070-12-15"));
    }

    @Test
    void aReviewFromTheStartOfTheYearHasEveryConversationInItsWindow() {
        List<RoundCalendar.Phase> planned = ProgressConversations.plan(THREE, progress("2070-06-01", "2070-09-30"));
        assertThat(planned).isEqualTo(THREE.progressWindows());
        assertThat(ProgressConversations.read(ProgressConversations.write(planned))).isEqualTo(planned);
        assertThat(ProgressConversations.write(planned))
                .isEqualTo("2070-06-01/2070-06-30,2070-07-15/2070-08-15,2070-09-01/2070-09-30");
    }

    @Test
    void oneWindowIsExactlyTheReviewsProgressDatesAsBefore() {
        RoundShape one = RoundShape.single(new RoundCalendar(2070, phase("2070-01-01", "2070-03-01"),
                phase("2070-06-01", "2070-09-30"), phase("2070-10-15", "2070-12-15")));
        // a late start moved the review's progress dates: the one conversation follows them
        assertThat(ProgressConversations.plan(one, progress("2070-07-10", "2070-10-01")))
                .containsExactly(phase("2070-07-10", "2070-10-01"));
    }

    @Test
    void aJoinerLeavesOutTheConversationsWhoseWindowHadClosedAndGetsRoomForTheNext() {
        // progress could start on 20 July: June's conversation is past; July's starts at once and gets 30 days
        List<RoundCalendar.Phase> planned = ProgressConversations.plan(THREE, progress("2070-07-20", "2070-09-30"));
        assertThat(planned).containsExactly(phase("2070-07-20", "2070-08-19"), phase("2070-09-01", "2070-09-30"));
    }

    @Test
    void aVeryLateJoinerStillHasTheLastConversationDueWhenTheReviewsProgressIsDue() {
        assertThat(ProgressConversations.plan(THREE, progress("2070-10-20", "2070-11-19")))
                .containsExactly(phase("2070-10-20", "2070-11-19"));
        // squeezed: the grace of one conversation would run past the review's progress due date; it stops there
        assertThat(ProgressConversations.plan(THREE, progress("2070-09-20", "2070-10-05")))
                .containsExactly(phase("2070-09-20", "2070-10-05"));
    }
}
