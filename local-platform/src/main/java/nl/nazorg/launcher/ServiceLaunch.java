package nl.nazorg.launcher;

import java.nio.file.Path;

/**
 * How the services are started: their configuration, where their applications are built, where their logs go, the
 * Java runtime they run on and where they keep their start-up caches.
 *
 * @param projectHome  the checkout (or a copy of its applications) holding {@code <service>/target/quarkus-app}
 * @param logDirectory one {@code <service>.log} per service
 */
public record ServiceLaunch(ServiceConfiguration configuration, Path projectHome, Path logDirectory,
                            JavaRuntime runtime, StartupCaches caches) {

    /** On this JVM's runtime, without start-up caches (a platform that starts once, as the tests'). */
    public static ServiceLaunch of(ServiceConfiguration configuration, Path projectHome, Path logDirectory) {
        return new ServiceLaunch(configuration, projectHome, logDirectory, JavaRuntime.current(), StartupCaches.NONE);
    }

    public ServiceLaunch withCaches(StartupCaches otherCaches) {
        return new ServiceLaunch(configuration, projectHome, logDirectory, runtime, otherCaches);
    }

    public ServiceLaunch on(JavaRuntime otherRuntime) {
        return new ServiceLaunch(configuration, projectHome, logDirectory, otherRuntime, caches);
    }

    public ServiceLaunch loggingTo(Path otherLogDirectory) {
        return new ServiceLaunch(configuration, projectHome, otherLogDirectory, runtime, caches);
    }

    /** The runnable application of {@code service} this launch starts. */
    public Path application(PlatformService service) {
        return service.runnableJar(projectHome);
    }

    /** Where {@code service} writes its log in this launch. */
    public Path logFile(PlatformService service) {
        return logDirectory.resolve(service.name() + ".log");
    }
}
