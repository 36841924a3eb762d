package nl.nazorg.benchmarks.redirect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The closed-loop load generator: Debian's {@code wrk} (installed by {@code benchmarks/run}) as a separate process,
 * {@value #THREADS} threads and {@value #CONNECTIONS} keep-alive connections, each sending its next request as soon
 * as the last is answered. In a process of its own, in C, the maximum rate is not capped by a load generator in the
 * benchmark JVM. wrk waits for each answer before sending the next (coordinated omission), so it gives the maximum
 * rate only; latency comes from {@link HttpLoad#fixedRate}'s open loop.
 *
 * <p>wrk has ended when the scenario's measured window closes, so its CPU is not in the benchmark JVM's (Linux adds a
 * reaped child's time to the parent's {@code cutime}, which the breakdown does not read): the report finds it in
 * "other work on the machine".
 */
final class Wrk {

    static final int THREADS = 2;
    static final int CONNECTIONS = 64;

    /** Beyond the run's length: wrk's start, its last answers and its summary. */
    private static final Duration GRACE = Duration.ofSeconds(60);

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NOT_2XX_OR_3XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /** Loads {@code localhost:port} for {@code duration}, the paths taken in turn, each with a browser's User-Agent. */
    static Throughput saturate(int port, List<String> paths, Duration duration) {
        Path script = null;
        Path output = null;
        try {
            script = Files.createTempFile("nazorg-redirect-", ".lua");
            output = Files.createTempFile("nazorg-redirect-wrk-", ".txt");
            Files.writeString(script, script(paths));
            // Output to a file, not a pipe: the wait below is then bounded even if wrk hangs.
            Process wrk = new ProcessBuilder("wrk", "-t" + THREADS, "-c" + CONNECTIONS,
                    "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", HttpLoad.TIMEOUT.toSeconds() + "s",
                    "-s", script.toString(), "http://localhost:" + port)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = wrk.waitFor(duration.plus(GRACE).toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                wrk.destroyForcibly();
            }
            String summary = Files.readString(output);
            if (!ended || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + summary);
            }
            return summary(summary);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run wrk (benchmarks/run installs it: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wrk ran", e);
        } finally {
            deleteQuietly(script);
            deleteQuietly(output);
        }
    }

    /**
     * The Lua script: every request prepared once per thread (in {@code init}, when wrk has set the Host header), then
     * taken in turn. No {@code response()} callback: it would make wrk parse every answer in Lua and slow it down.
     */
    static String script(List<String> paths) {
        String agent = lua(HttpLoad.BROWSER);
        return """
                local paths = {
                %s
                }
                local requests = {}
                local turn = 0

                function init(args)
                  for i, path in ipairs(paths) do
                    requests[i] = wrk.format("GET", path, { ["User-Agent"] = %s })
                  end
                end

                function request()
                  turn = turn %% #requests + 1
                  return requests[turn]
                end
                """.formatted(paths.stream().map(path -> "  " + lua(path) + ",").collect(Collectors.joining("\n")),
                agent);
    }

    /**
     * Reads wrk's summary. wrk counts a status of 400 or more as "Non-2xx or 3xx": a 404 or a 5xx is a wrong answer
     * here. A 200 where a redirect was expected cannot be told from a right one (that would take a Lua
     * {@code response()} callback, which slows wrk down); the scenario checks the exact status of one request of each
     * kind before the runs instead. A time-out is an answer that came later than {@code --timeout}: wrk counts it
     * among the requests too, so it is taken out of the right ones. The requests still in flight when the run ends
     * (at most one per connection) are in no count.
     */
    static Throughput summary(String output) {
        long requests = Long.parseLong(required(REQUESTS, output).group(1));
        double perSecond = Double.parseDouble(required(PER_SECOND, output).group(1));
        long wrong = find(NOT_2XX_OR_3XX, output).map(found -> number(found, 1)).orElse(0L);
        Optional<Matcher> errors = find(SOCKET_ERRORS, output);
        long timeouts = errors.map(found -> number(found, 4)).orElse(0L);
        long failed = errors.map(found -> number(found, 1) + number(found, 2) + number(found, 3) + number(found, 4))
                .orElse(0L);
        long right = Math.max(0, requests - wrong - timeouts);
        // Requests/sec is wrk's requests ÷ its run time; the same run time for the right ones alone.
        return new Throughput(requests == 0 ? 0 : perSecond * right / requests, right, wrong, failed);
    }

    private static Matcher required(Pattern pattern, String output) {
        return find(pattern, output)
                .orElseThrow(() -> new IllegalStateException("no '" + pattern + "' in wrk's output: " + output));
    }

    private static Optional<Matcher> find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }

    private static long number(Matcher found, int group) {
        return Long.parseLong(found.group(group));
    }

    /** A Lua string literal. */
    private static String lua(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    /**
     * A closed-loop run: right answers per second, and how many answers were wrong (a status of 400 or more) or failed
     * (wrk's socket errors: connect, read, write, and answers later than {@link HttpLoad#TIMEOUT}).
     */
    record Throughput(double requestsPerSecond, long correct, long wrong, long failed) {

        @Override
        public String toString() {
            return String.format("%.0f req/s (%d right, %d wrong, %d failed)", requestsPerSecond, correct, wrong,
                    failed);
        }
    }
}
