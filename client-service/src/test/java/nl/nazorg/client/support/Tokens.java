package nl.nazorg.client.support;

import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;

/** Adviser tokens of two firms, for the tenant-isolation checks. */
public final class Tokens {

    private Tokens() {
    }

    public static String adviser(String tenant) {
        return AdviserTokens.issue(tenant, "adviser-1", Roles.ADVISER);
    }
}
