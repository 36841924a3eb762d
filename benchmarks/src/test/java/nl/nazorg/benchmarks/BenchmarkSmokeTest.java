package nl.nazorg.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import nl.nazorg.benchmarks.report.Report;
import nl.nazorg.benchmarks.report.ResultsDirectory;
import nl.nazorg.benchmarks.report.ScenarioResult;
import nl.nazorg.benchmarks.report.Table;
import nl.nazorg.launcher.Progress;

/**
 * The whole benchmark at size {@code ci} against the real platform, as a smoke test: every scenario must run and its
 * counts must hold (events in = signals out, every e-mail accepted, every redirect right). Timings are never
 * asserted: on a shared machine they say nothing about correctness. The report goes under {@code target/}.
 */
class BenchmarkSmokeTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyScenarioRunsAtCiSizeWithItsCountsHolding() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path out = Path.of("target", "benchmark-ci-test").toAbsolutePath();
        BenchmarkOptions options = BenchmarkOptions.parse("--size", "ci", "--home", home.toString(),
                "--out", out.toString(), "--no-profile");

        Report report = BenchmarkRun.execute(options, new Progress(System.out));

        assertThat(report.scenarios()).extracting(ScenarioResult::name).containsExactlyElementsOf(Scenarios.names());
        assertThat(report.scenarios()).allSatisfy(scenario -> assertThat(scenario.status())
                .as(scenario.name() + ": " + scenario.reason()).isEqualTo(ScenarioResult.Status.MEASURED));
        assertThat(report.scenarios()).filteredOn(scenario -> !scenario.name().equals("footprint"))
                .allSatisfy(scenario -> assertThat(scenario.checks()).as(scenario.name()).isNotEmpty());
        assertThat(out.resolve(BenchmarkRun.MARKDOWN)).isRegularFile();
        assertThat(Scenarios.names()).allSatisfy(name -> assertThat(out.resolve(ResultsDirectory.NAME)
                .resolve(ResultsDirectory.fileName(name, "ci"))).isRegularFile());
        assertThat(tables(report, "ingest")).as("statement costs of the signal database")
                .anySatisfy(table -> assertThat(table.title()).startsWith("Database `signal`"));
        assertThat(tables(report, "end-to-end")).as("the end-to-end path hop by hop")
                .anySatisfy(table -> assertThat(table.rows()).hasSize(7));
    }

    private static List<Table> tables(Report report, String scenario) {
        return report.scenarios().stream().filter(s -> s.name().equals(scenario)).findFirst().orElseThrow().tables();
    }
}
