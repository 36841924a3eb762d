package nl.nazorg.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nazorg.infra.ConnectionSettings;
import nl.nazorg.security.AdviserClaims;

/**
 * The run-time configuration the launcher (and the end-to-end tests) give one service: the connection settings of
 * the infrastructure, the adviser-token verification, the shared link secrets and the public addresses that
 * e-mails link to. docker-compose.yml sets the same keys (checked by {@code DockerComposeTest}).
 *
 * @param connections  where Kafka, PostgreSQL and SMTP listen
 * @param issuer       the adviser tokens' issuer ({@code mp.jwt.verify.issuer})
 * @param publicKey    where the tokens' public key is ({@code mp.jwt.verify.publickey.location})
 * @param secrets      the link key rings shared between campaign-service and survey-service
 * @param services     the four services with the ports they run on
 * @param overrides    further settings for every service, applied last (e.g. a test's shorter time windows)
 */
public record ServiceConfiguration(ConnectionSettings connections, String issuer, String publicKey,
        PlatformSecrets secrets, List<PlatformService> services, Map<String, String> overrides) {

    public ServiceConfiguration(ConnectionSettings connections, String issuer, String publicKey,
            PlatformSecrets secrets, List<PlatformService> services) {
        this(connections, issuer, publicKey, secrets, services, Map.of());
    }

    /** The same configuration with one more setting for every service. */
    public ServiceConfiguration with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(overrides);
        more.put(key, value);
        return new ServiceConfiguration(connections, issuer, publicKey, secrets, services, Map.copyOf(more));
    }

    public Map<String, String> forService(PlatformService service) {
        Map<String, String> config = new LinkedHashMap<>(connections.forService(service.database()));
        config.put("mp.jwt.verify.issuer", issuer);
        config.put("mp.jwt.verify.publickey.location", publicKey);
        config.put("mp.jwt.verify.audiences", AdviserClaims.API_AUDIENCE);
        config.put("quarkus.http.port", String.valueOf(service.port()));
        config.put("quarkus.management.port", String.valueOf(service.managementPort()));
        config.putAll(secrets.serviceConfig());
        config.put("nazorg.campaign.public-base-url", service("campaign-service").baseUrl());
        config.put("nazorg.survey-link.base-url", service("survey-service").baseUrl() + "/s/");
        config.putAll(overrides);
        return config;
    }

    public PlatformService service(String name) {
        return PlatformService.named(services, name);
    }
}
