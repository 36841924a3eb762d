package nl.nazorg.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses, as an authentication failure (401), a bearer token issued further in the future than the clock skew
 * allows. smallrye-jwt checks {@code exp} (and, when configured, the age since {@code iat}) but not an {@code iat}
 * in the future, which a token forged or minted on a wrong clock carries: such a token would otherwise outlive
 * every age limit.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final Duration clockSkew;

    public IssuedAtCheck(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkewSeconds) {
        this.clockSkew = Duration.ofSeconds(clockSkewSeconds);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && issuedInTheFuture(token, Instant.now())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token is issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }

    boolean issuedInTheFuture(JsonWebToken token, Instant now) {
        Object issuedAt = token.getClaim(Claims.iat.name());
        return issuedAt instanceof Number seconds
                && Instant.ofEpochSecond(seconds.longValue()).isAfter(now.plus(clockSkew));
    }
}
