package nl.gesprekscyclus.checkin;

/** How an agreement stands after a check-in: shown as "op koers", "risico", "achter". */
public enum AgreementProgress {
    ON_TRACK, AT_RISK, BEHIND
}
