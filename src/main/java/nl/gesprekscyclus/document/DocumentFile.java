package nl.gesprekscyclus.document;

/** A document to hand to a person: file name, the PDF and its SHA-256. */
public record DocumentFile(String fileName, byte[] content, String contentHash) {
}
