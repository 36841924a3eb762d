package nl.nazorg.benchmarks.platform;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of the threads of this JVM whose names match, from its start until {@link #close()}: how a part that
 * shares the benchmark JVM (the SMTP sink's connection threads beside the broker and the load generators) is told
 * apart in the CPU breakdown. Threads are sampled every {@code interval}; one that ends between two samples loses at
 * most that interval of its time, so the figure is a lower bound.
 */
public final class ThreadCpu implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Predicate<String> names;
    private final Map<Long, Long> firstSeen = new HashMap<>();
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private ThreadCpu(Predicate<String> names, Duration interval) {
        this.names = names;
        sample(true);
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                sample(false);
            }
        }, "thread-cpu-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts counting the CPU of the threads whose names {@code names} accepts. */
    public static ThreadCpu start(Predicate<String> names, Duration interval) {
        return new ThreadCpu(names, interval);
    }

    /** Stops sampling; answers the CPU time the matching threads used since the start. */
    public long stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample(false);
        synchronized (this) {
            return lastSeen.entrySet().stream()
                    .mapToLong(thread -> thread.getValue() - firstSeen.getOrDefault(thread.getKey(), 0L)).sum();
        }
    }

    private synchronized void sample(boolean atStart) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !names.test(info.getThreadName())) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            if (atStart) {
                firstSeen.put(info.getThreadId(), cpu);
            }
            lastSeen.put(info.getThreadId(), cpu);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
