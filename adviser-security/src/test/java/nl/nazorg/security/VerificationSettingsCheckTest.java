package nl.nazorg.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class VerificationSettingsCheckTest {

    @Test
    void issuerAndKeyLocationAreEnough() {
        assertThat(VerificationSettingsCheck.missingSettings(config(Map.of(
                "mp.jwt.verify.issuer", "https://keycloak.example/realms/nazorg",
                "mp.jwt.verify.audiences", "nazorg-api",
                "mp.jwt.verify.publickey.location", "https://keycloak.example/realms/nazorg/protocol/openid-connect/certs"))))
                .isEmpty();
    }

    @Test
    void anInlineKeyIsAsGoodAsALocation() {
        assertThat(VerificationSettingsCheck.missingSettings(config(Map.of(
                "mp.jwt.verify.issuer", "urn:nazorg:local-platform",
                "mp.jwt.verify.audiences", "nazorg-api",
                "mp.jwt.verify.publickey", "MIIBIjANBgkq..."))))
                .isEmpty();
    }

    @Test
    void namesEverySettingThatIsMissingOrBlank() {
        assertThat(VerificationSettingsCheck.missingSettings(config(Map.of("mp.jwt.verify.issuer", " "))))
                .containsExactly("mp.jwt.verify.issuer", "mp.jwt.verify.audiences",
                        "mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)");
    }

    @Test
    void aBlankedOutAudienceIsMissing() {
        // The library defaults the audience; a deployment that blanks it would accept tokens for any application.
        assertThat(VerificationSettingsCheck.missingSettings(config(Map.of(
                "mp.jwt.verify.issuer", "urn:nazorg:local-platform",
                "mp.jwt.verify.audiences", "",
                "mp.jwt.verify.publickey.location", "file:/keys/public-key.pem"))))
                .containsExactly("mp.jwt.verify.audiences");
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
