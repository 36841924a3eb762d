package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link secrets sign every link in every e-mail: the launcher keeps them like a private key. */
class PlatformSecretsTest {

    @TempDir
    Path directory;

    @Test
    void secretsFileIsReadableByItsOwnerOnly() throws IOException {
        PlatformSecrets created = PlatformSecrets.inDirectory(directory);

        Path file = directory.resolve(PlatformSecrets.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PlatformSecrets.inDirectory(directory)).isEqualTo(created);
    }

    @Test
    void aWorldReadableFileFromAnOlderLauncherIsTightened() throws IOException {
        PlatformSecrets created = PlatformSecrets.inDirectory(directory);
        Path file = directory.resolve(PlatformSecrets.FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PlatformSecrets.inDirectory(directory)).isEqualTo(created);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
