package nl.gesprekscyclus.functionbook;

import java.time.Instant;

/** A function book together with the stored version it came from. */
public record LoadedFunctionBook(long versionId, int versionNumber, String contentHash, Instant loadedAt,
        String sourceFile, FunctionBook book) {
}
