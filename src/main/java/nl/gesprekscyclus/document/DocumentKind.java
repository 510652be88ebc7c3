package nl.gesprekscyclus.document;

import java.util.EnumSet;
import java.util.Set;
import nl.gesprekscyclus.review.SignatureKind;

/** Which signed document: the set agreements (planning agreed) or the final assessment (signed off). */
public enum DocumentKind {
    AGREEMENTS(SignatureKind.AGREE, EnumSet.noneOf(SignatureKind.class)),
    ASSESSMENT(SignatureKind.SIGN_OFF, EnumSet.of(SignatureKind.ASSESS, SignatureKind.WEIGH, SignatureKind.DECIDE,
            SignatureKind.CONSULT, SignatureKind.SIGN_OFF));

    private final SignatureKind signature;
    private final Set<SignatureKind> steps;

    DocumentKind(SignatureKind signature, Set<SignatureKind> steps) {
        this.signature = signature;
        this.steps = steps;
    }

    /**
     * The signatures of the document's steps that the line gives (manager, second assessor, signer), not the
     * employee: whoever gave one keeps the document when the employee moves on. None for the agreements: the
     * employee alone signs them.
     */
    public Set<SignatureKind> steps() {
        return Set.copyOf(steps);
    }

    /** The signature the document is made after (its first one: later AGREE signatures are changes). */
    public SignatureKind signature() {
        return signature;
    }
}
