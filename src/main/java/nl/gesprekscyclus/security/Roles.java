package nl.gesprekscyclus.security;

import java.util.List;

/** The roles of PRODUCT.md. A person can hold several; EMPLOYEE, COORDINATOR and MANAGER follow from the organisation. */
public final class Roles {
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String MANAGER = "MANAGER";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";

    /** Roles an account is given explicitly; the others are derived at login. */
    public static final List<String> ASSIGNABLE = List.of(HR, ADMIN);
    public static final List<String> ALL = List.of(EMPLOYEE, COORDINATOR, MANAGER, HR, ADMIN);

    private Roles() {
    }
}
