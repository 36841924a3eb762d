package nl.nazorg.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nazorg.benchmarks.measure.Stats;

/** A run replaces only the results of the scenarios it finished, and RESULTS.md shows every stored result. */
class ResultsDirectoryTest {

    private static final Machine MACHINE = new Machine(2, "AMD EPYC", 1L << 34, "Debian", "Linux", "OpenJDK 17");

    @TempDir
    Path directory;

    @Test
    void aRunOfOneScenarioKeepsTheOthersAndItsNotReachedScenariosKeepTheirEarlierResult() throws Exception {
        ResultsDirectory.store(run("./benchmarks/run --size medium", "medium", "2026-11-29T16:50:42Z",
                measured("ingest", 59.0), measured("rate-change", 1.0)), directory);
        ResultsDirectory.store(run("./benchmarks/run --size full --scenario ingest", "full", "2026-12-01T08:00:00Z",
                measured("ingest", 30_000.0)), directory);
        ResultsDirectory.store(run("./benchmarks/run --size medium --scenario ingest", "medium",
                "2026-12-02T08:00:00Z", measured("ingest", 61.0),
                ScenarioResult.notMeasured("rate-change", "Market-rate change", "not reached")), directory);

        List<ResultFile> stored = ResultsDirectory.load(directory);

        assertThat(stored).extracting(ResultFile::fileName)
                .containsExactly("ingest-full.json", "ingest-medium.json", "rate-change-medium.json");
        assertThat(stored).filteredOn(result -> result.fileName().equals("ingest-medium.json")).singleElement()
                .satisfies(result -> {
                    assertThat(result.command()).isEqualTo("./benchmarks/run --size medium --scenario ingest");
                    assertThat(result.scenario().figures().get(0).value().median()).isEqualTo(61.0);
                });
        assertThat(stored).filteredOn(result -> result.fileName().equals("rate-change-medium.json")).singleElement()
                .satisfies(result -> assertThat(result.scenario().status())
                        .isEqualTo(ScenarioResult.Status.MEASURED));
    }

    @Test
    void theReportShowsSizeDateAndCommandOfEachResultAndMarksExtrapolatedFigures() {
        ResultsDirectory.store(run("./benchmarks/run --size medium", "medium", "2026-11-29T16:50:42Z",
                measured("rate-change", 1_895.0)), directory);

        String markdown = MarkdownReport.render(ResultsDirectory.load(directory));

        assertThat(markdown).contains("| Rate | `medium` | MEASURED | 2026-11-29 16:50 UTC | "
                + "`./benchmarks/run --size medium` |");
        assertThat(markdown).contains("1,895 s *(extrapolated, not measured)* | ≤ 15 s | **no**");
        assertThat(markdown).contains("| select 1 | 3 | 1.50 |");
    }

    @Test
    void resultsWrittenBeforeTablesExistedStillRead() throws Exception {
        Files.writeString(directory.resolve("footprint-medium.json"), """
                {"command":"./benchmarks/run --size medium","size":"medium","startedAt":"2026-11-29T16:50:42Z",
                 "scenario":{"name":"footprint","title":"Footprint","status":"MEASURED","figures":[],"checks":[],
                             "notes":[],"profiles":{}}}
                """);

        assertThat(ResultsDirectory.load(directory)).singleElement()
                .satisfies(result -> assertThat(result.scenario().tables()).isEmpty());
    }

    private static Report run(String command, String size, String startedAt, ScenarioResult... scenarios) {
        return new Report(command, size, "note", startedAt, 21.0, MACHINE, Map.of("Quarkus", "3.37.1"), "1 / 1 / 1",
                "2 / 2 / 2", List.of(scenarios));
    }

    private static ScenarioResult measured(String name, double median) {
        Figure figure = Figure.of("figure of " + name, Stats.single(median), "s").target("≤ 15 s", false);
        return new ScenarioResult(name, "Rate", ScenarioResult.Status.MEASURED, null,
                List.of(name.equals("rate-change") ? figure.asExtrapolated() : figure), List.of("counted"), List.of(),
                null, Map.of(), List.of(new Table("Database `signal`:", "statement",
                        List.of(Table.Column.count("calls"), Table.Column.of("total ms")),
                        List.of(new Table.Row("select 1", List.of(3.0, 1.5))))));
    }
}
