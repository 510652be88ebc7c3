package nl.gesprekscyclus.base;

import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, apart from the caller's: it commits or rolls back on its own, and
 * so does the process engine's work inside it (a process started in it is flushed with it, not with the engine
 * command that called). Implemented in the workflow package, which knows the engine.
 */
public interface OwnTransaction {

    /** Runs the work in a new transaction and returns its result; a failure rolls back everything it did and is thrown. */
    <T> T run(Supplier<T> work);
}
