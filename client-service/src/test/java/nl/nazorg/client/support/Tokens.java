package nl.nazorg.client.support;

import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;

/** Tokens of a firm's adviser or admin (the admin also erases, imports and exports: the role matrix). */
public final class Tokens {

    private Tokens() {
    }

    public static String adviser(String tenant) {
        return AdviserTokens.issue(tenant, "adviser-1", Roles.ADVISER);
    }

    public static String admin(String tenant) {
        return AdviserTokens.issue(tenant, "admin-1", Roles.ADMIN);
    }
}
