package nl.gesprekscyclus.workflow;

import java.time.Instant;
import nl.gesprekscyclus.monitoring.DemoTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The engine's clock for the demo round (demo profile only); see {@link DemoTime}. */
@Component
@Profile("demo")
class EngineDemoTime implements DemoTime {

    @Override
    public void runEngineClockAt(Instant moment) {
        // an offset, not a fixed time: the engine's clock runs on from there, as its job executor expects
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
    }

    @Override
    public void resetEngineClock() {
        ClockUtil.reset();
    }
}
