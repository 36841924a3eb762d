package nl.nazorg.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;

/**
 * Who is calling, for this request: the tenant every repository query must be scoped by, and the
 * adviser (the token's subject). Only meaningful on endpoints that require a role; on a public endpoint
 * there is no caller and every method answers 401.
 */
@RequestScoped
public class CallerTenant {

    @Inject
    JsonWebToken token;

    /** The caller's tenant (advisory firm), from the {@value AdviserClaims#TENANT_ID} claim. */
    public String tenantId() {
        // TenantClaimCheck already refused tokens without a tenant; this guards anonymous callers.
        return AdviserClaims.tenantId(token).orElseThrow(UnauthorizedException::new);
    }

    /** The caller's user id at the identity provider (the {@code sub} claim), e.g. to assign a worklist item. */
    public String adviserId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new UnauthorizedException();
        }
        return subject;
    }

    /** Whether the caller holds the role, see {@link Roles}. */
    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }
}
