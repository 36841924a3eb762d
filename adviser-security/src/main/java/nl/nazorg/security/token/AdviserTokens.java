package nl.nazorg.security.token;

import java.nio.file.Path;
import java.util.Map;

import nl.nazorg.security.AdviserClaims;

/**
 * Adviser tokens for service tests, in one line: {@code given().auth().oauth2(AdviserTokens.issue("tenant-a",
 * "adviser-1", Roles.ADVISER))}. The key pair lives in {@code target/adviser-keys} of the module under test
 * (override with the system property {@value #KEY_DIRECTORY_PROPERTY}). The library's {@code %test} and
 * {@code %dev} configuration points {@code mp.jwt.verify.publickey.location} at the same directory, so a
 * service's {@code @QuarkusTest} accepts these tokens without any configuration of its own.
 */
public final class AdviserTokens {

    /** The issuer of these tokens, and the {@code mp.jwt.verify.issuer} a test service must expect. */
    public static final String ISSUER = LocalSigningKey.LOCAL_ISSUER;
    public static final String KEY_DIRECTORY_PROPERTY = "nazorg.adviser-keys.dir";
    public static final String DEFAULT_KEY_DIRECTORY = "target/adviser-keys";

    private static LocalSigningKey signingKey;

    private AdviserTokens() {
    }

    /** A token from {@link #ISSUER} for {@code adviserId} at {@code tenantId} with the given roles. */
    public static String issue(String tenantId, String adviserId, String... roles) {
        return signingKey().issue(TokenSpec.adviser(tenantId, adviserId, roles));
    }

    /** A token exactly as {@code spec} says, signed with the test key (for tokens that must be refused). */
    public static String issue(TokenSpec spec) {
        return signingKey().issue(spec);
    }

    /** {@code "Bearer " + token}, for clients that set the Authorization header themselves. */
    public static String bearer(String tenantId, String adviserId, String... roles) {
        return "Bearer " + issue(tenantId, adviserId, roles);
    }

    /** The configuration that makes a service accept these tokens (and only these). */
    public static Map<String, String> verificationConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", signingKey().publicKeyLocation(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AdviserClaims.API_AUDIENCE);
    }

    public static synchronized LocalSigningKey signingKey() {
        if (signingKey == null) {
            signingKey = LocalSigningKey.inDirectory(keyDirectory());
        }
        return signingKey;
    }

    public static Path keyDirectory() {
        return Path.of(System.getProperty(KEY_DIRECTORY_PROPERTY, DEFAULT_KEY_DIRECTORY));
    }
}
