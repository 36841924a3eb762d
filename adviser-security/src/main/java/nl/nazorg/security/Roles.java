package nl.nazorg.security;

/** The roles an adviser token carries in its {@code groups} claim; use them in {@code @RolesAllowed}. */
public final class Roles {

    /** An adviser or back-office employee of a firm: works with that firm's clients. */
    public static final String ADVISER = "adviser";
    /** A firm's administrator: also manages the firm's settings (campaigns, rules, templates). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
