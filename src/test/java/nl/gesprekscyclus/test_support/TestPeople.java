package nl.gesprekscyclus.test_support;

/**
 * The employees whose reviews tests take through the year with {@link ReviewScenario}, each with the logins that act
 * in it: the employee, the coordinator (none when the employee has none) and the manager (who holds the conversations
 * and assesses). One place for the personnel numbers, so two tests never take the same person's review of the same
 * year (the Spring tests of one context share one database): {@link ReviewScenario} refuses a review that another
 * class already took in the same context.
 * <p>
 * Who owns whom, by the year of {@link TestYears}: the demo people of Ommen (config/demo, all managed by Annemarie
 * Bakker) in next year's round ({@link TestYears#NEXT}), one test class each; the people the test_support classes
 * make for themselves ({@link MatrixPeople} 42xxxx, {@link InputTestEmployees} 45xxxx, {@link DevelopmentPeople}
 * 50xxxx, {@link FeedbackRoundPeople} 52xxxx, and the others' prefixes there) in years of their own.
 * <p>
 * A new test takes a person that no class uses in its year: a demo person in a year of {@link TestYears} that no
 * other class uses for them, or people of its own under a prefix of its own.
 */
public final class TestPeople {

    /**
     * An employee and who acts in their review.
     *
     * @param coordinator the coordinator's login, or null: then the process skips the coordinator's input
     * @param manager the manager's login: sets the agreements, records the progress conversation, assesses, signs off
     */
    public record Person(String personnelNumber, String login, String coordinator, String manager) {
    }

    // ---- demo people in next year's round, one class each

    /** Mehmet Yilmaz, beleidsadviseur: ReviewViewProgressTests (next year and 2070). */
    public static final Person MEHMET = demo("100028", "yilmaz", DemoUsers.COORDINATOR);
    /** Ingrid Dijkstra, strategisch beleidsadviseur: ReviewViewAssessmentTests. */
    public static final Person INGRID = demo("100004", "dijkstra", DemoUsers.COORDINATOR);
    /** Henk Lubbers, senior beheerder: ReviewViewAssessmentTests. */
    public static final Person HENK = demo("100002", "lubbers", "scholten");
    /** Bart Jansen, regisseur-adviseur: ReviewViewTests. */
    public static final Person BART = demo("100012", "jansen", DemoUsers.COORDINATOR);
    /** Anouk Vos, regisseur-adviseur: ReviewDocumentsLinksTests (ReviewDocumentsTests' substitute, not her review). */
    public static final Person ANOUK = demo("100023", "vos", "scholten");
    /** Thijs Visser, beleidsadviseur: ReviewReadTests. */
    public static final Person THIJS = demo("100022", "visser", DemoUsers.COORDINATOR);
    /** Pieter Hoekstra, strategisch beleidsadviseur: ReviewAccessMatrixTests. */
    public static final Person PIETER = demo("100017", "hoekstra", DemoUsers.COORDINATOR);
    /** Stefan Schipper, beheerder: ReviewDocumentsTests. */
    public static final Person STEFAN = demo("100020", "schipper", "scholten");
    /** Roel Hofman, Jolanda Wessels, Erik ter Horst, Johan Veldman: QueueTestData (Inbreng, Wachtrij, Mijn taken). */
    public static final Person HOFMAN = demo("100007", "hofman", "timmerman");
    public static final Person WESSELS = demo("100011", "wessels", "timmerman");
    public static final Person HORST = demo("100009", "horst", "scholten");
    /** Johan Veldman: QueueTestData next year; Ui4Reviews in 2040, 2041, 2054 (and CalibrationPeople's 2079). */
    public static final Person VELDMAN = demo("100013", "veldman", "scholten");
    /** Martijn Postma: MailTestReviews next year; Ui4Reviews in 2040, 2041. */
    public static final Person POSTMA = demo("100014", "postma", "scholten");
    /** Ruben Smit, beleidsadviseur: TasksTestData next year; Ui4Reviews in 2041. */
    public static final Person SMIT = demo("100015", "smit", DemoUsers.COORDINATOR);
    /** Judith Prins, Linda Meijer: MailTestReviews (the notification tests), next year. */
    public static final Person PRINS = demo("100016", "prins", "timmerman");
    public static final Person MEIJER = demo("100019", "meijer", "scholten");
    /** Tim Groen, adviseur: NotificationBellTests (through MailTestReviews). */
    public static final Person GROEN = demo("100044", "groen", "scholten");

    // ---- demo people in years of their own

    /** Loïs Kramer, beleidsadviseur: ReviewScenarioTests in {@link TestYears#SCENARIO}. */
    public static final Person LOIS = demo("100037", "kramer", DemoUsers.COORDINATOR);

    /**
     * Sanne de Jong, beleidsadviseur: PinnedReviewMigrationTests in {@link TestYears#PINNED_MIGRATION}; Ui4Reviews
     * (ReviewViewFunctionChangeTests) in 2038.
     */
    public static final Person SANNE = demo(DemoUsers.EMPLOYEE_NUMBER, DemoUsers.EMPLOYEE, DemoUsers.COORDINATOR);

    /** Wouter Nijland, Fatima El Amrani: MonitoringFixture in 2033; Yvonne Wolters: MonitoringFixture in 2034. */
    public static final Person NIJLAND = demo("100024", "nijland", "scholten");
    public static final Person EL_AMRANI = demo("100025", "elamrani", DemoUsers.COORDINATOR);
    public static final Person WOLTERS = demo("100030", "wolters", "scholten");

    // ---- people the test classes make

    /**
     * Joep Jaar (464003), made by ReviewDocumentsTests with his managers Frits Vorig (t16-vorig, who assesses) and
     * Nina Nieuw (464001, 464002): no coordinator.
     */
    public static final Person JOEP = new Person("464003", "t16-jaar", null, "t16-vorig");

    /**
     * Wies Werknemer of the authorization matrix ({@link MatrixPeople}), through {@link MatrixPeople#review}: 2042,
     * 2043 (the matrices), 2051 (substitution), 2052 (roles), 2064 (check-ins), 2068, 2069 (feedback), 2071 (mail).
     */
    public static final Person WIES = new Person(MatrixPeople.EMPLOYEE_NUMBER, "matrix-werknemer",
            "matrix-coordinator", "matrix-leider");
    /**
     * Bram Buur, the matrix's "other employee" of the same manager and coordinator: {@link MatrixPeople#review} in
     * 2043, 2049, 2053; ReviewViewAssessmentTests in {@link TestYears#SECOND_ASSESSOR_ON_THE_SCREEN}.
     */
    public static final Person BRAM = new Person(MatrixPeople.OTHER_EMPLOYEE_NUMBER, "matrix-buur",
            "matrix-coordinator", "matrix-leider");
    /** Daan Doorgroei of the development conversation ({@link DevelopmentPeople}), 2080-2085. */
    public static final Person DAAN = new Person(DevelopmentPeople.EMPLOYEE, DevelopmentPeople.EMPLOYEE_LOGIN,
            DevelopmentPeople.COORDINATOR_LOGIN, DevelopmentPeople.MANAGER_LOGIN);
    /** Zoë of the bad-input tests ({@link InputTestEmployees}), {@link TestYears#BAD_INPUT}: no coordinator. */
    public static final Person ZOE = new Person("450001", "input450001", null, DemoUsers.MANAGER);

    private TestPeople() {
    }

    private static Person demo(String personnelNumber, String login, String coordinator) {
        return new Person(personnelNumber, login, coordinator, DemoUsers.MANAGER);
    }

    /** An employee of the feedback round's people ({@link FeedbackRoundPeople}): no coordinator, their manager. */
    public static Person feedbackRound(String personnelNumber, String login) {
        return new Person(personnelNumber, login, null, FeedbackRoundPeople.MANAGER_LOGIN);
    }
}
