package nl.gesprekscyclus.review;

/**
 * What an agreement is, in the words people use, as its badge says it: a concept while it is being drafted and
 * discussed; vastgesteld once the manager set it and the employee is asked to agree; akkoord once the employee
 * agreed; gewijzigd when this version came from a change both agreed to; vervangen and vervallen for the versions a
 * change replaced or took out. The status alone cannot tell a concept from a set agreement (both are drafts until
 * the employee agrees), nor an agreed version from a changed one: that is why the badge asks this class.
 */
public enum AgreementStanding {
    CONCEPT, SET, AGREED, CHANGED, SUPERSEDED, REMOVED;

    /** The standing of one version of an agreement in its review. */
    public static AgreementStanding of(AgreementVersion agreement, Review review) {
        return switch (agreement.getStatus()) {
            case DRAFT -> review.getAgreementsSetAt() == null ? CONCEPT : SET;
            case CURRENT -> agreement.getChangeId() == null ? AGREED : CHANGED;
            case SUPERSEDED -> SUPERSEDED;
            case REMOVED -> REMOVED;
        };
    }
}
