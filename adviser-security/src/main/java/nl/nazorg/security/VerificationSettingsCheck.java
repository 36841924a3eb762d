package nl.nazorg.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Without an issuer smallrye-jwt skips the {@code iss} check, without an audience the {@code aud} check (a token
 * the identity provider issued for another application would do), and without a key it refuses every token:
 * the first two are silent holes, the third a silent outage. A production service therefore refuses to start
 * without all three; dev and test only warn, since many of their tests never call an adviser API. The audience
 * has a library default ({@link AdviserClaims#API_AUDIENCE}); this check catches it being blanked out.
 */
@ApplicationScoped
public class VerificationSettingsCheck {

    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    private static final Logger LOG = Logger.getLogger(VerificationSettingsCheck.class);

    void onStart(@Observes StartupEvent event) {
        List<String> missing = missingSettings(ConfigProvider.getConfig());
        if (missing.isEmpty()) {
            return;
        }
        String message = "Adviser APIs cannot verify bearer tokens: set " + String.join(" and ", missing);
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message);
    }

    static List<String> missingSettings(Config config) {
        List<String> missing = new ArrayList<>();
        if (isBlank(config.getOptionalValue(ISSUER, String.class))) {
            missing.add(ISSUER);
        }
        if (isBlank(config.getOptionalValue(AUDIENCES, String.class))) {
            missing.add(AUDIENCES);
        }
        if (isBlank(config.getOptionalValue(KEY, String.class)) && isBlank(config.getOptionalValue(KEY_LOCATION, String.class))) {
            missing.add(KEY_LOCATION + " (or " + KEY + ")");
        }
        return missing;
    }

    private static boolean isBlank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }
}
