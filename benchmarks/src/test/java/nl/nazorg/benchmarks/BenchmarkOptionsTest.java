package nl.nazorg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    private static final Path HOME = Path.of("/checkout");

    @Test
    void withoutOptionsEveryScenarioRunsAtDesignSizeIntoTheCommittedReport() {
        BenchmarkOptions options = BenchmarkOptions.parse("--home", HOME.toString());
        assertThat(options.size()).isEqualTo(BenchmarkSize.FULL);
        assertThat(Scenarios.selected(options.scenarios())).extracting(Scenario::name)
                .containsExactlyElementsOf(Scenarios.names());
        assertThat(options.out()).isEqualTo(HOME.resolve("benchmarks"));
        assertThat(options.profile()).isTrue();
        assertThat(options.commandLine()).isEqualTo("./benchmarks/run");
    }

    @Test
    void theCiSizeWritesUnderTargetAndRecordsNoProfile() {
        BenchmarkOptions options = BenchmarkOptions.parse("--home", HOME.toString(), "--size", "ci");
        assertThat(options.out()).isEqualTo(HOME.resolve("benchmarks/target/benchmark-ci"));
        assertThat(options.profile()).isFalse();
        assertThat(options.commandLine()).isEqualTo("./benchmarks/run --size ci");
    }

    @Test
    void selectedScenariosRunInTheirFixedOrderWithFootprintLast() {
        BenchmarkOptions options = BenchmarkOptions.parse("--scenario", "footprint", "--scenario", "rate-change",
                "--profile");
        assertThat(Scenarios.selected(options.scenarios())).extracting(Scenario::name)
                .containsExactly("rate-change", "footprint");
        assertThat(options.commandLine())
                .isEqualTo("./benchmarks/run --scenario footprint --scenario rate-change --profile");
    }

    @Test
    void unknownNamesAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> Scenarios.selected(BenchmarkOptions.parse("--scenario", "speed").scenarios()))
                .hasMessageContaining("unknown scenario 'speed'").hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--size", "huge")).hasMessageContaining("ci, medium, full");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--fast")).hasMessageContaining("unknown option --fast");
    }
}
