package nl.nazorg.security;

import io.quarkus.security.ForbiddenException;

/**
 * The platform operator as a token names it: platform-wide data (the lenders' market-rate tables) is changed only by
 * a token with {@link Roles#PLATFORM_RATES} <em>and</em> this reserved tenant id, issued to a service account of the
 * operator, never to a firm's user. Requiring both means a firm user who was granted the role by mistake still
 * carries a firm's tenant and is refused.
 */
public final class PlatformOperator {

    /** The {@code tenant_id} of platform tokens; never a firm's tenant id. */
    public static final String TENANT = "nazorg-platform";
    /** The subject of the operator's market-rate feed (the local platform's demo and tests sign as it). */
    public static final String RATE_FEED = "market-rate-feed";

    private PlatformOperator() {
    }

    /** @throws ForbiddenException the same 403 as a missing role, unless the caller is the platform operator */
    public static void require(CallerTenant caller) {
        if (!TENANT.equals(caller.tenantId())) {
            throw new ForbiddenException();
        }
    }
}
