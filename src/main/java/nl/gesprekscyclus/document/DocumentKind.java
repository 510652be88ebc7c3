package nl.gesprekscyclus.document;

/** Which signed document: the set agreements (planning agreed) or the final assessment (signed off). */
public enum DocumentKind {
    AGREEMENTS, ASSESSMENT
}
