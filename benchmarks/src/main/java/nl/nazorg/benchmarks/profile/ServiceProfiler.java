package nl.nazorg.benchmarks.profile;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.nazorg.benchmarks.platform.ServiceJvm;
import nl.nazorg.benchmarks.report.ScenarioReport;

/**
 * A flight recording of one service around a scenario's repetitions, summarised into the scenario's
 * report. Off unless profiling was asked for; a recording that cannot be made becomes a note, never a failure.
 */
public final class ServiceProfiler {

    private static final int TOP = 12;

    private final ServiceJvm service;
    private final Path file;
    private final boolean recording;

    private ServiceProfiler(ServiceJvm service, Path file, boolean recording) {
        this.service = service;
        this.file = file;
        this.recording = recording;
    }

    public static ServiceProfiler start(ServiceJvm service, boolean enabled, Path directory, String scenario,
            ScenarioReport report) {
        if (!enabled) {
            return new ServiceProfiler(service, null, false);
        }
        try {
            Files.createDirectories(directory);
            service.jmx().startRecording();
            return new ServiceProfiler(service, directory.resolve(scenario + "-" + service.name() + ".jfr"), true);
        } catch (Exception e) {
            report.note("No flight recording of " + service.name() + ": " + e.getMessage());
            return new ServiceProfiler(service, null, false);
        }
    }

    public void stopInto(ScenarioReport report) {
        if (!recording) {
            return;
        }
        try {
            service.jmx().stopRecording(file);
            report.profile(service.name(), HotMethods.of(file, TOP));
            report.note("Flight recording of " + service.name() + ": `" + file + "` (`jfr summary` / "
                    + "`jfr print --events jdk.ExecutionSample` read it).");
        } catch (Exception e) {
            report.note("Flight recording of " + service.name() + " could not be read: " + e.getMessage());
        }
    }
}
