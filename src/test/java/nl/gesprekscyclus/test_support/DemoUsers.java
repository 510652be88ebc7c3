package nl.gesprekscyclus.test_support;

/** The demo logins of config/demo/users.yaml that tests use, by role. */
public final class DemoUsers {
    /** Annemarie Bakker, gemeentesecretaris: manager of everyone. */
    public static final String MANAGER = "bakker";
    /** Jeroen van der Meer, coordinator of Cluster Beleid en Ontwikkeling. */
    public static final String COORDINATOR = "meer";
    /** Sanne de Jong, beleidsadviseur (Medewerker ontwikkeling II), coordinated by Jeroen van der Meer. */
    public static final String EMPLOYEE = "jong";
    public static final String EMPLOYEE_NUMBER = "100031";
    /** Marloes van den Berg, P&O adviser. */
    public static final String HR = "berg";
    /** Ilse Brink, functioneel beheerder. */
    public static final String ADMIN = "brink";
    /** Mark Bosch: left service. */
    public static final String INACTIVE = "bosch";
    public static final String PASSWORD = "Welkom-2026";

    private DemoUsers() {
    }
}
