package nl.nazorg.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code results/}: one JSON file per scenario and size, each the latest result of that scenario at that size.
 * A run replaces the files of the scenarios it finished (measured or failed) and leaves every other file alone; a
 * scenario it did not reach keeps its earlier result.
 */
public final class ResultsDirectory {

    public static final String NAME = "results";

    private ResultsDirectory() {
    }

    public static String fileName(String scenario, String size) {
        return scenario + "-" + size + ".json";
    }

    /** Writes the finished scenarios of {@code run} into {@code directory}. */
    public static void store(Report run, Path directory) {
        run.scenarios().stream().filter(scenario -> scenario.status() != ScenarioResult.Status.NOT_MEASURED)
                .map(scenario -> ResultFile.of(run, scenario))
                .forEach(result -> JsonReport.write(result, directory.resolve(result.fileName())));
    }

    /** Every result file in {@code directory}, by file name (none when it does not exist). */
    public static List<ResultFile> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .map(file -> JsonReport.read(file, ResultFile.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    /** Scenarios in run order (unknown names last), larger sizes first within a scenario. */
    public static Comparator<ResultFile> reportOrder(List<String> scenarioOrder, List<String> sizesLargestFirst) {
        return Comparator.<ResultFile>comparingInt(result -> rank(scenarioOrder, result.scenario().name()))
                .thenComparing(result -> result.scenario().name())
                .thenComparingInt(result -> rank(sizesLargestFirst, result.size()));
    }

    private static int rank(List<String> order, String name) {
        int index = order.indexOf(name);
        return index < 0 ? order.size() : index;
    }
}
