package nl.gesprekscyclus.document;

import java.time.Instant;

/** A stored document of a review, without its bytes: which one, when it was made, and its hashes. */
public record StoredDocument(DocumentKind kind, Instant createdAt, String contentHash, String sourceHash) {
}
