package nl.gesprekscyclus.workflow;

import java.util.function.Supplier;
import nl.gesprekscyclus.base.OwnTransaction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * {@link OwnTransaction} on Camunda 7: the work runs as one engine command on the engine's "requires new" chain, i.e.
 * in a new Spring transaction (JPA and JDBC included) with a new engine command context. Without the new command
 * context, an engine call made inside a job (a round's batch) would join the job's command context: its rows would be
 * flushed with the job, and a failed start would leave its half-made rows in that context's cache. The engine calls
 * of the work share this one context, so they are flushed together at its end, in JDBC batches across all of them.
 */
@Component
class EngineOwnTransaction implements OwnTransaction {

    private final ProcessEngine engine;

    EngineOwnTransaction(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew()
                .execute(commandContext -> work.get());
    }
}
