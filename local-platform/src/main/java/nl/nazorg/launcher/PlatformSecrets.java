package nl.nazorg.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;

/**
 * The two HMAC key rings the services share: the tracked-link keys of campaign-service and the survey-link keys that
 * campaign-service signs with and survey-service verifies with (DESIGN.md §8). The launcher keeps them in its key
 * directory, so links in e-mails sent before a restart still work after it. Per ring the file holds the current
 * secret ({@code campaign-link}, {@code survey-link}, as before key ids), its id ({@code <ring>.key-id}, default
 * {@value LinkKeyRing#ORIGINAL_KEY_ID}) and the keys kept during a rotation ({@code <ring>.previous-keys},
 * {@code id:secret,…}); to rotate, edit the file as campaign-service's README describes and restart.
 */
public record PlatformSecrets(LinkKeyRing campaignLinks, LinkKeyRing surveyLinks) {

    static final String FILE = "link-secrets.properties";
    private static final String CAMPAIGN_LINK = "campaign-link";
    private static final String SURVEY_LINK = "survey-link";
    private static final String KEY_ID = ".key-id";
    private static final String PREVIOUS_KEYS = ".previous-keys";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Fresh secrets (256 random bits each), e.g. for a test platform. */
    public static PlatformSecrets random() {
        return new PlatformSecrets(LinkKeyRing.single(randomSecret()), LinkKeyRing.single(randomSecret()));
    }

    /** The secrets stored in {@code directory}, created on first use. */
    public static PlatformSecrets inDirectory(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                keepOwnerOnly(file);
                Properties stored = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    stored.load(reader);
                }
                return new PlatformSecrets(ring(stored, CAMPAIGN_LINK), ring(stored, SURVEY_LINK));
            }
            PlatformSecrets secrets = random();
            Files.createDirectories(directory);
            Properties properties = new Properties();
            store(properties, CAMPAIGN_LINK, secrets.campaignLinks());
            store(properties, SURVEY_LINK, secrets.surveyLinks());
            keepOwnerOnly(file);
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "HMAC secrets of the local platform's links; delete to invalidate every link");
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    /**
     * Owner-only ({@code rw-------}), like the signing key: anyone who reads the secrets can sign links. Created empty
     * with those permissions before a secret is written; a file from an older launcher is tightened when read.
     */
    private static void keepOwnerOnly(Path file) throws IOException {
        if (!Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
            return;
        }
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.setPosixFilePermissions(file, OWNER_ONLY);
    }

    /** The services' configuration keys of both rings (docker-compose.yml sets the same ones). */
    public Map<String, String> serviceConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("nazorg.campaign.link-secret", campaignLinks.current().secret());
        config.put("nazorg.campaign.link-key-id", campaignLinks.current().id());
        config.put("nazorg.survey-link.secret", surveyLinks.current().secret());
        config.put("nazorg.survey-link.key-id", surveyLinks.current().id());
        if (!campaignLinks.previous().isEmpty()) {
            config.put("nazorg.campaign.link-previous-keys", previousKeys(campaignLinks));
        }
        if (!surveyLinks.previous().isEmpty()) {
            config.put("nazorg.survey-link.previous-keys", previousKeys(surveyLinks));
        }
        return config;
    }

    private static LinkKeyRing ring(Properties stored, String name) {
        String previous = stored.getProperty(name + PREVIOUS_KEYS, "");
        return new LinkKeyRing(
                new LinkKey(stored.getProperty(name + KEY_ID, LinkKeyRing.ORIGINAL_KEY_ID), stored.getProperty(name)),
                Arrays.stream(previous.split(",")).filter(key -> !key.isBlank()).map(LinkKey::parse).toList());
    }

    private static void store(Properties properties, String name, LinkKeyRing ring) {
        properties.setProperty(name, ring.current().secret());
        properties.setProperty(name + KEY_ID, ring.current().id());
        properties.setProperty(name + PREVIOUS_KEYS, previousKeys(ring));
    }

    private static String previousKeys(LinkKeyRing ring) {
        return ring.previous().stream().map(LinkKey::configValue).collect(Collectors.joining(","));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
