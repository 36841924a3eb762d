package nl.nazorg.security;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The claims Nazorg reads from an adviser token, and the one rule for a valid tenant id. Any identity
 * provider works as long as it puts the firm in {@value #TENANT_ID} (a Keycloak user attribute with a
 * protocol mapper does) and the roles in {@value #GROUPS}.
 */
public final class AdviserClaims {

    /** The advisory firm (tenant) the caller works for. */
    public static final String TENANT_ID = "tenant_id";
    /** The caller's roles, see {@link Roles}. */
    public static final String GROUPS = "groups";
    /**
     * The {@code aud} every adviser token must carry: the platform's adviser APIs, one audience for the four
     * services (a token for another application of the same identity provider is refused).
     */
    public static final String API_AUDIENCE = "nazorg-api";

    /**
     * Tenant ids are identifiers, not names: they travel into SQL parameters, Kafka headers and logs, so
     * anything with spaces, control characters or over 64 characters is refused.
     */
    private static final Pattern TENANT_ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private AdviserClaims() {
    }

    /** The token's tenant id, if the claim is present, a string and well-formed. */
    public static Optional<String> tenantId(JsonWebToken token) {
        Object claim = token.getClaim(TENANT_ID);
        if (claim instanceof String tenant && TENANT_ID_FORMAT.matcher(tenant).matches()) {
            return Optional.of(tenant);
        }
        return Optional.empty();
    }
}
