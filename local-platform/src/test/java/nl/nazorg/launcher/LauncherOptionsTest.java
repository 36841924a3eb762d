package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.nazorg.launcher.story.DemoStory;

class LauncherOptionsTest {

    private static final String HOME = Path.of("..").toAbsolutePath().normalize().toString();

    @Test
    void keepsDataInTheCheckoutByDefault() {
        LauncherOptions options = LauncherOptions.parse("--home", HOME);

        assertThat(options.dataDirectory()).isEqualTo(Path.of(HOME, ".nazorg"));
        assertThat(options.logDirectory()).isEqualTo(Path.of(HOME, ".nazorg", "logs"));
        assertThat(options.startTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.mailboxPort()).isEqualTo(8025);
        assertThat(options.mailboxUrl()).isEqualTo("http://localhost:8025/");
        assertThat(options.demoStory()).isEmpty();
    }

    @Test
    void takesAnotherMailboxPort() {
        LauncherOptions options = LauncherOptions.parse("--home", HOME, "--mailbox-port", "9025");

        assertThat(options.mailboxPort()).isEqualTo(9025);
        assertThat(options.mailboxUrl()).isEqualTo("http://localhost:9025/");
    }

    @Test
    void readsADemoStoryToReplayOnTheRunningPlatform() {
        assertThat(LauncherOptions.parse("--home", HOME, "demo", "rate-drop").demoStory()).contains(DemoStory.RATE_DROP);
        assertThat(LauncherOptions.parse("--home", HOME, "demo", "child-18").demoStory()).contains(DemoStory.CHILD_TURNS_18);
        LauncherOptions survey = LauncherOptions.parse("--home", HOME, "--data-dir", "target/demo", "demo", "survey");
        assertThat(survey.demoStory()).contains(DemoStory.SURVEY);
        assertThat(survey.keyDirectory()).isEqualTo(Path.of("target/demo/keys").toAbsolutePath());
    }

    @Test
    void refusesAnUnknownStoryOrAPortOutOfRange() {
        assertThatThrownBy(() -> LauncherOptions.parse("--home", HOME, "demo", "rate-rise"))
                .hasMessageContaining("Unknown demo story rate-rise (known: rate-drop | child-18 | survey)");
        assertThatThrownBy(() -> LauncherOptions.parse("--home", HOME, "demo")).hasMessageContaining("demo needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse("--home", HOME, "--mailbox-port", "70000"))
                .hasMessageContaining("--mailbox-port needs a whole number from 1 to 65535, got 70000");
        assertThatThrownBy(() -> LauncherOptions.parse("--home", HOME, "--start-timeout", "soon"))
                .hasMessageContaining("--start-timeout needs a whole number");
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
