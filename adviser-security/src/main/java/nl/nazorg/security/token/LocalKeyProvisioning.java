package nl.nazorg.security.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * In tests and dev mode the service verifies tokens against {@code target/adviser-keys/public-key.pem} (the
 * library's {@code %test}/{@code %dev} defaults). The key pair must exist before the first request — also a request
 * without a token, which smallrye-jwt still inspects — so it is created at startup, not at the first
 * {@link AdviserTokens#issue}. Production never touches it.
 */
@ApplicationScoped
public class LocalKeyProvisioning {

    void provision(@Observes StartupEvent startup) {
        if (LaunchMode.current().isDevOrTest()) {
            AdviserTokens.signingKey();
        }
    }
}
