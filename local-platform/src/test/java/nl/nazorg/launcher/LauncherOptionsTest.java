package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    private static final String HOME = Path.of("..").toAbsolutePath().normalize().toString();

    @Test
    void keepsDataInTheCheckoutByDefault() {
        LauncherOptions options = LauncherOptions.parse("--home", HOME);

        assertThat(options.dataDirectory()).isEqualTo(Path.of(HOME, ".nazorg"));
        assertThat(options.logDirectory()).isEqualTo(Path.of(HOME, ".nazorg", "logs"));
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void takesAnotherDataDirectoryAndTimeout() {
        LauncherOptions options = LauncherOptions.parse("--home", HOME, "--data-dir", "target/demo", "--start-timeout", "30");

        assertThat(options.dataDirectory()).isEqualTo(Path.of("target/demo").toAbsolutePath());
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesAnUnknownOptionOrAHomeThatIsNotTheCheckout() {
        assertThatThrownBy(() -> LauncherOptions.parse("--port", "1")).hasMessageContaining("Unknown option --port");
        assertThatThrownBy(() -> LauncherOptions.parse("--home", "target")).hasMessageContaining("not the Nazorg checkout");
        assertThatThrownBy(() -> LauncherOptions.parse("--home")).hasMessageContaining("needs a value");
    }

    @Test
    void passesConfigurationKeysAsQuarkusEnvironmentVariables() {
        assertThat(ServiceProcess.environmentName("quarkus.datasource.reactive.url")).isEqualTo("QUARKUS_DATASOURCE_REACTIVE_URL");
        assertThat(ServiceProcess.environmentName("mp.jwt.verify.publickey.location")).isEqualTo("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        assertThat(ServiceProcess.environmentName("kafka.bootstrap.servers")).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
    }
}
