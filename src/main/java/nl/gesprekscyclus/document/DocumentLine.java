package nl.gesprekscyclus.document;

import java.time.Instant;

/**
 * A signed document of a review as people read it: which one, of which year, who signed it and when, and the
 * stored file, or none yet: the process makes the PDF in the background after the signature
 * ({@code workflow/DocumentSteps}), so for a moment a document is signed but still being made.
 *
 * @param signedBy the signer's name; null when the signer is no longer known
 * @param stored the document, or null while it is being made
 */
public record DocumentLine(DocumentKind kind, int year, String signedBy, Instant signedAt, StoredDocument stored) {

    public boolean inTheMaking() {
        return stored == null;
    }
}
