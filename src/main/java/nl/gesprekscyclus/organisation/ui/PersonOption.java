package nl.gesprekscyclus.organisation.ui;

import nl.gesprekscyclus.organisation.EmployeeSummary;

/** A person to pick as manager or coordinator: shown as "Naam (personeelsnummer)". */
record PersonOption(String personnelNumber, String name) {

    static PersonOption of(EmployeeSummary e) {
        return new PersonOption(e.personnelNumber(), e.fullName());
    }

    static PersonOption ofNullable(String number, String name) {
        return number == null ? null : new PersonOption(number, name);
    }

    String label() {
        return name + " (" + personnelNumber + ")";
    }
}
