package nl.gesprekscyclus.document;

import nl.gesprekscyclus.review.SignatureKind;

/** Which signed document: the set agreements (planning agreed) or the final assessment (signed off). */
public enum DocumentKind {
    AGREEMENTS(SignatureKind.AGREE), ASSESSMENT(SignatureKind.SIGN_OFF);

    private final SignatureKind signature;

    DocumentKind(SignatureKind signature) {
        this.signature = signature;
    }

    /** The signature the document is made after (its first one: later AGREE signatures are changes). */
    public SignatureKind signature() {
        return signature;
    }
}
