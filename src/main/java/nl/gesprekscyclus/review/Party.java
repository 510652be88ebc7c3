package nl.gesprekscyclus.review;

/** How the person acting relates to a review (PRODUCT.md, "Who may see and do what"). */
public enum Party {
    /** the employee whose review it is */
    EMPLOYEE,
    /** the coordinator (informant) of that employee */
    COORDINATOR,
    /** the employee's manager */
    MANAGER,
    /** the second assessor (tweede beoordelaar): consulted on the draft assessment before the hand-over */
    SECOND_ASSESSOR,
    /** who signs the assessment off (vaststellen); the manager holds this too when the policy says "manager" */
    SIGNER,
    /** an HR adviser: status, and the advice task when it is theirs */
    HR,
    /** anyone else */
    OTHER
}
