package nl.gesprekscyclus.workflow;

/** Keys of the process models in bpmn/ and the names of their messages. */
final class ProcessModels {

    static final String ROUND = "round";
    static final String ROUND_IMPORT = "roundImport";
    static final String REVIEW = "review";

    static final String EMPLOYEE_JOINED = "EmployeeJoined";
    static final String EMPLOYEE_FUNCTION_CHANGED = "EmployeeFunctionChanged";
    static final String ROUND_CLOSED = "RoundClosed";
    static final String EMPLOYEE_LEFT = "EmployeeLeft";
    static final String AGREEMENT_CHANGE_PROPOSED = "AgreementChangeProposed";

    private ProcessModels() {
    }

    static String roundKey(int year) {
        return "round-" + year;
    }

    /** Not the round's own key: a message for the round (RoundClosed) must never reach an import's instance. */
    static String roundImportKey(int year) {
        return roundKey(year) + "-import";
    }
}
