package nl.nazorg.security;

/**
 * The roles a token carries in its {@code groups} claim; use them in {@code @RolesAllowed}. Who may do what is the
 * role matrix in this library's README: roles follow the harm an operation can do.
 */
public final class Roles {

    /** An adviser or back-office employee of a firm: reads, works the worklist and tasks, runs approved campaigns. */
    public static final String ADVISER = "adviser";
    /**
     * A firm's administrator: also what can harm many clients at once or change what the firm sends — erasure, bulk
     * export and import, templates, campaigns, survey definitions, firm settings.
     */
    public static final String ADMIN = "admin";
    /**
     * The platform operator's rate feed: changes the platform-wide market-rate tables, which every firm's signals
     * read. No firm token may carry it (an identity provider grants it only to a separate service-account client);
     * it grants nothing else.
     */
    public static final String PLATFORM_RATES = "platform-rates";

    private Roles() {
    }
}
