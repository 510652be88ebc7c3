package nl.gesprekscyclus.review;

/**
 * The user tasks of the review's processes (bpmn/planning, progress, assessment, development, review), by their task key,
 * with the phase they belong to and the party who does them. A service writes a phase's data only while the
 * matching task is open, so the process decides when, and these rules decide who.
 */
public enum ReviewTask {
    DRAFT_AGREEMENTS("draftAgreements", ReviewPhase.PLANNING, Party.EMPLOYEE),
    PLANNING_INPUT("planningInput", ReviewPhase.PLANNING, Party.COORDINATOR),
    PLANNING_CONVERSATION("planningConversation", ReviewPhase.PLANNING, Party.MANAGER),
    AGREE_AGREEMENTS("agreeAgreements", ReviewPhase.PLANNING, Party.EMPLOYEE),
    SELF_REFLECTION("selfReflection", ReviewPhase.PROGRESS, Party.EMPLOYEE),
    PROGRESS_INPUT("progressInput", ReviewPhase.PROGRESS, Party.COORDINATOR),
    PROGRESS_CONVERSATION("progressConversation", ReviewPhase.PROGRESS, Party.MANAGER),
    /**
     * the employee asks colleagues for feedback before the assessment, or says there is no feedback round (issue 19;
     * only in a round whose shape offers it)
     */
    FEEDBACK_ROUND("feedbackRound", ReviewPhase.FEEDBACK, Party.EMPLOYEE),
    SELF_ASSESSMENT("selfAssessment", ReviewPhase.ASSESSMENT, Party.EMPLOYEE),
    INFORMANT_INPUT("informantInput", ReviewPhase.ASSESSMENT, Party.COORDINATOR),
    WRITE_ASSESSMENT("writeAssessment", ReviewPhase.ASSESSMENT, Party.MANAGER),
    HR_ADVICE("hrAdvice", ReviewPhase.ASSESSMENT, Party.HR),
    /** the manager reads HR's advice and confirms or changes the judgement before the hand-over (issue 17) */
    WEIGH_HR_ADVICE("weighHrAdvice", ReviewPhase.ASSESSMENT, Party.MANAGER),
    /** the second assessor reads the draft assessment and agrees or comments (issue 16) */
    SECOND_ASSESSMENT("secondAssessment", ReviewPhase.ASSESSMENT, Party.SECOND_ASSESSOR),
    RESPOND("respond", ReviewPhase.ASSESSMENT, Party.EMPLOYEE),
    DECIDE_ON_RESPONSE("decideOnResponse", ReviewPhase.ASSESSMENT, Party.MANAGER),
    ACKNOWLEDGE("acknowledge", ReviewPhase.ASSESSMENT, Party.EMPLOYEE),
    /** by whoever the policy names: the manager, the next level or the gemeentesecretaris */
    SIGN_OFF("signOff", ReviewPhase.ASSESSMENT, Party.SIGNER),
    /** a year without a formal assessment: the employee prepares the development conversation (issue 19) */
    DEVELOPMENT_PREPARATION("developmentPreparation", ReviewPhase.DEVELOPMENT, Party.EMPLOYEE),
    /** the manager records the development conversation and signs it */
    DEVELOPMENT_CONVERSATION("developmentConversation", ReviewPhase.DEVELOPMENT, Party.MANAGER),
    /** the employee signs the development conversation's record as seen, with a remark if they wish */
    ACKNOWLEDGE_DEVELOPMENT("acknowledgeDevelopment", ReviewPhase.DEVELOPMENT, Party.EMPLOYEE),
    /** a proposed change of agreements; decided by the party who did not propose it */
    DECIDE_AGREEMENT_CHANGE("decideAgreementChange", null, null);

    private final String key;
    private final ReviewPhase phase;
    private final Party party;

    ReviewTask(String key, ReviewPhase phase, Party party) {
        this.key = key;
        this.phase = phase;
        this.party = party;
    }

    /** The task definition key in the BPMN model. */
    public String key() {
        return key;
    }

    public ReviewPhase phase() {
        return phase;
    }

    public Party party() {
        return party;
    }

    public static java.util.Optional<ReviewTask> byKey(String key) {
        for (ReviewTask task : values()) {
            if (task.key.equals(key)) {
                return java.util.Optional.of(task);
            }
        }
        return java.util.Optional.empty();
    }
}
