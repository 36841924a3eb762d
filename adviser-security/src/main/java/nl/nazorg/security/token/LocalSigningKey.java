package nl.nazorg.security.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import nl.nazorg.security.AdviserClaims;

/**
 * The local platform's own token issuer: an RSA 2048 key pair kept as PEM files in one directory, and
 * RS256 adviser tokens signed with it. Plain Java, no CDI: the local launcher and tests use it before
 * any service runs. A real deployment uses an identity provider instead and never needs this class.
 *
 * <p>The first caller creates the key pair; every later caller, in this process or another, reuses it,
 * so tokens stay valid across restarts of the launcher and across test JVMs.
 */
public final class LocalSigningKey {

    /** The {@code iss} of locally issued tokens; configure it as {@code mp.jwt.verify.issuer}. */
    public static final String LOCAL_ISSUER = "urn:nazorg:local-platform";
    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";

    private static final int KEY_SIZE = 2048;
    private static final String LOCK_FILE = ".lock";
    private static final Object IN_PROCESS_LOCK = new Object();

    private final Path directory;
    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private LocalSigningKey(Path directory, RSAPrivateCrtKey privateKey, RSAPublicKey publicKey) {
        this.directory = directory;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = thumbprint(publicKey);
    }

    /** The key pair in {@code directory}, created (with the directory) if it is not there yet. */
    public static LocalSigningKey inDirectory(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            // Two test JVMs may start at once: the file lock makes one create and the other read.
            synchronized (IN_PROCESS_LOCK) {
                try (FileChannel channel = FileChannel.open(absolute.resolve(LOCK_FILE),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return loadOrCreate(absolute);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local signing key in " + absolute, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The local signing key in " + absolute + " is unreadable", e);
        }
    }

    private static LocalSigningKey loadOrCreate(Path directory) throws IOException, GeneralSecurityException {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        RSAPrivateCrtKey privateKey;
        if (Files.exists(privateFile)) {
            privateKey = PemFiles.readPrivateKey(privateFile);
        } else {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            privateKey = (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
            PemFiles.writePrivateKey(privateFile, privateKey);
        }
        RSAPublicKey publicKey = PemFiles.publicKeyOf(privateKey);
        // Rewritten every time from the private key, so the pair can never disagree.
        PemFiles.writePublicKey(directory.resolve(PUBLIC_KEY_FILE), publicKey);
        return new LocalSigningKey(directory, privateKey, publicKey);
    }

    /** A signed compact JWS (RS256) carrying what {@code spec} says. */
    public String issue(TokenSpec spec) {
        JwtClaimsBuilder claims = Jwt.issuer(spec.issuer())
                .subject(spec.subject())
                .groups(spec.roles())
                .issuedAt(spec.issuedAt())
                .expiresAt(spec.expiresAt());
        if (spec.audience() != null) {
            claims.audience(spec.audience());
        }
        if (spec.tenantId() != null) {
            claims.claim(AdviserClaims.TENANT_ID, spec.tenantId());
        }
        return claims.jws().keyId(keyId).sign(privateKey);
    }

    /**
     * A token from {@link #LOCAL_ISSUER} for the adviser APIs ({@link AdviserClaims#API_AUDIENCE}) for {@code adviserId}
     * at {@code tenantId}, valid from now for {@code lifetime}.
     */
    public String issue(String tenantId, String adviserId, Duration lifetime, String... roles) {
        return issue(TokenSpec.adviser(tenantId, adviserId, roles).withValidity(Instant.now(), lifetime));
    }

    public Path directory() {
        return directory;
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /** The value for {@code mp.jwt.verify.publickey.location}: an explicit {@code file:} location. */
    public String publicKeyLocation() {
        return "file:" + publicKeyFile();
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The {@code kid} header of issued tokens: a digest of the public key, so a rotated key gets a new id. */
    public String keyId() {
        return keyId;
    }

    private static String thumbprint(RSAPublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "nazorg-local-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "LocalSigningKey[" + directory + ", kid=" + keyId + "]";
    }
}
