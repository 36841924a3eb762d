package nl.nazorg.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.security.Roles;

class LocalSigningKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory = Path.of("target", "test-keys", UUID.randomUUID().toString());

    @Test
    void writesPemFilesOnceAndReusesThem() throws Exception {
        LocalSigningKey first = LocalSigningKey.inDirectory(directory);
        String publicPem = Files.readString(first.publicKeyFile());

        LocalSigningKey second = LocalSigningKey.inDirectory(directory);

        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.readString(directory.resolve(LocalSigningKey.PRIVATE_KEY_FILE)))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(Files.readString(second.publicKeyFile())).isEqualTo(publicPem);
        assertThat(first.publicKey().getModulus().bitLength()).isEqualTo(2048);
        assertThat(first.publicKeyLocation()).isEqualTo("file:" + first.publicKeyFile().toAbsolutePath());
    }

    @Test
    void issuesAnRs256TokenWithTheAdviserClaims() throws Exception {
        LocalSigningKey key = LocalSigningKey.inDirectory(directory);
        Instant issuedAt = Instant.parse("2030-01-01T09:00:00Z");

        String token = key.issue(TokenSpec.adviser("tenant-a", "adviser-7", Roles.ADVISER, Roles.ADMIN)
                .withValidity(issuedAt, Duration.ofMinutes(30)));

        String[] parts = token.split("\\.");
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).isEqualTo(key.keyId());
        assertThat(claims.get("iss").asText()).isEqualTo(LocalSigningKey.LOCAL_ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo("adviser-7");
        assertThat(claims.get("aud").asText()).isEqualTo("nazorg-api");
        assertThat(claims.get("tenant_id").asText()).isEqualTo("tenant-a");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactlyInAnyOrder("adviser", "admin");
        assertThat(claims.get("iat").asLong()).isEqualTo(issuedAt.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(issuedAt.plus(Duration.ofMinutes(30)).getEpochSecond());

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void leavesTheTenantClaimOutWhenThereIsNone() throws Exception {
        String token = LocalSigningKey.inDirectory(directory)
                .issue(TokenSpec.adviser("tenant-a", "adviser-7", Roles.ADVISER).withoutTenant());

        assertThat(decode(token.split("\\.")[1]).has("tenant_id")).isFalse();
    }

    @Test
    void anotherDirectoryHoldsAnotherKey() {
        LocalSigningKey one = LocalSigningKey.inDirectory(directory.resolve("one"));
        LocalSigningKey other = LocalSigningKey.inDirectory(directory.resolve("other"));

        assertThat(other.publicKey()).isNotEqualTo(one.publicKey());
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(part));
    }
}
