package nl.gesprekscyclus.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in the demo with its demo round. The demo round prepares the year that has passed, so
 * while it acts (while the application starts, before anyone can log in) the clock stands at the moment in the past
 * at which a person would have done that step: whatever is recorded then (signatures, scores, phase changes, a review's due dates) carries
 * a date on the round's own calendar, never a date after today. Outside those moments it is {@code today}: the
 * system's clock, or the day set with {@code gesprekscyclus.demo.today} (a demo or a test on a chosen day), with
 * the time running.
 */
public final class DemoClock extends Clock {

    private final Clock today;
    private volatile Duration back = Duration.ZERO;

    public DemoClock(Clock today) {
        this.today = today;
    }

    /** From now on the clock reads {@code moment}, and runs on from there. */
    void actAt(Instant moment) {
        back = Duration.between(moment, today.instant());
    }

    /** Back to today. */
    void actToday() {
        back = Duration.ZERO;
    }

    /** Today's moment, whatever moment the demo acts at. */
    Instant today() {
        return today.instant();
    }

    @Override
    public ZoneId getZone() {
        return today.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(today.withZone(zone), back.negated());
    }

    @Override
    public Instant instant() {
        return today.instant().minus(back);
    }
}
