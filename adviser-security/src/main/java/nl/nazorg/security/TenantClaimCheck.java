package nl.nazorg.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses, as an authentication failure (401), every bearer token that does not name the caller's tenant.
 * A signed token without a tenant would otherwise reach a resource that cannot scope its queries.
 */
@ApplicationScoped
public class TenantClaimCheck implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token && AdviserClaims.tenantId(token).isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token has no valid tenant claim"));
        }
        return Uni.createFrom().item(identity);
    }
}
