package nl.nazorg.benchmarks.footprint;

/**
 * One service's start as the footprint scenario measured it.
 *
 * @param service        its name
 * @param startedSeconds what Quarkus logged ("started in"): from the JVM's start to the application's start
 * @param readySeconds   from launching its process to {@code /q/health/ready} answering UP
 * @param residentMb     its resident set once ready (VmRSS), idle
 * @param idleCores      the cores it used while idle, from the end of its first minute for a window; NaN when not
 *                       measured
 */
record ServiceStart(String service, double startedSeconds, double readySeconds, double residentMb, double idleCores) {
}
