package nl.nazorg.security.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import nl.nazorg.security.AdviserClaims;

/**
 * What a locally issued adviser token says. Tests build odd ones on purpose (another issuer, no tenant,
 * already expired) with the {@code with...} methods.
 *
 * @param issuer   the {@code iss} claim; must equal the service's {@code mp.jwt.verify.issuer}
 * @param audience the {@code aud} claim, or {@code null} for a token without one; must be one of the service's
 *                 {@code mp.jwt.verify.audiences} ({@link AdviserClaims#API_AUDIENCE})
 * @param subject  the {@code sub} claim: the adviser's user id
 * @param tenantId the {@code tenant_id} claim, or {@code null} for a token without one
 * @param roles    the {@code groups} claim, see {@link nl.nazorg.security.Roles}
 * @param issuedAt the {@code iat} claim
 * @param lifetime how long after {@code issuedAt} the token expires ({@code exp})
 */
public record TokenSpec(String issuer, String audience, String subject, String tenantId, Set<String> roles,
                        Instant issuedAt, Duration lifetime) {

    /** Long enough for a test run or a demo session, short enough not to outlive the day. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    public TokenSpec {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(lifetime, "lifetime");
        roles = Set.copyOf(roles);
    }

    /**
     * A token for an adviser of a tenant, from the local issuer for the adviser APIs, valid from now for
     * {@link #DEFAULT_LIFETIME}.
     */
    public static TokenSpec adviser(String tenantId, String adviserId, String... roles) {
        return new TokenSpec(LocalSigningKey.LOCAL_ISSUER, AdviserClaims.API_AUDIENCE, adviserId, tenantId,
                Set.of(roles), Instant.now(), DEFAULT_LIFETIME);
    }

    public TokenSpec withIssuer(String otherIssuer) {
        return new TokenSpec(otherIssuer, audience, subject, tenantId, roles, issuedAt, lifetime);
    }

    /** The same token meant for another application ({@code null}: a token without {@code aud}). */
    public TokenSpec withAudience(String otherAudience) {
        return new TokenSpec(issuer, otherAudience, subject, tenantId, roles, issuedAt, lifetime);
    }

    public TokenSpec withoutAudience() {
        return withAudience(null);
    }

    public TokenSpec withTenant(String otherTenantId) {
        return new TokenSpec(issuer, audience, subject, otherTenantId, roles, issuedAt, lifetime);
    }

    public TokenSpec withoutTenant() {
        return withTenant(null);
    }

    public TokenSpec withValidity(Instant otherIssuedAt, Duration otherLifetime) {
        return new TokenSpec(issuer, audience, subject, tenantId, roles, otherIssuedAt, otherLifetime);
    }

    public Instant expiresAt() {
        return issuedAt.plus(lifetime);
    }
}
