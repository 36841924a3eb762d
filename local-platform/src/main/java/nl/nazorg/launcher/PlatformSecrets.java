package nl.nazorg.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The two HMAC secrets the services share: the tracked-link secret of campaign-service and the survey-link secret
 * that campaign-service signs with and survey-service verifies with (DESIGN.md §8). The launcher keeps them in its
 * key directory, so links in e-mails sent before a restart still work after it.
 */
public record PlatformSecrets(String campaignLinkSecret, String surveyLinkSecret) {

    static final String FILE = "link-secrets.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Fresh secrets (256 random bits each), e.g. for a test platform. */
    public static PlatformSecrets random() {
        return new PlatformSecrets(randomSecret(), randomSecret());
    }

    /** The secrets stored in {@code directory}, created on first use. */
    public static PlatformSecrets inDirectory(Path directory) {
        Path file = directory.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                Properties stored = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    stored.load(reader);
                }
                return new PlatformSecrets(stored.getProperty("campaign-link"), stored.getProperty("survey-link"));
            }
            PlatformSecrets secrets = random();
            Files.createDirectories(directory);
            Properties properties = new Properties();
            properties.setProperty("campaign-link", secrets.campaignLinkSecret());
            properties.setProperty("survey-link", secrets.surveyLinkSecret());
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "HMAC secrets of the local platform's links; delete to invalidate every link");
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
