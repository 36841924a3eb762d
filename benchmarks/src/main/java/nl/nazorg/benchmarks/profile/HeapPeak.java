package nl.nazorg.benchmarks.profile;

import nl.nazorg.benchmarks.platform.ServiceJvm;

/**
 * The heap a service needed during one step: the largest heap occupancy just before a garbage collection (the true
 * peak, as the collector saw it) and the largest live heap just after a full collection (what the step kept), with
 * the number of full collections. Collected from the service's garbage-collection notifications while the step runs.
 */
public final class HeapPeak implements AutoCloseable {

    private final GcWatch watch;

    private HeapPeak(GcWatch watch) {
        this.watch = watch;
    }

    /** Starts watching the service's collections now. */
    public static HeapPeak from(ServiceJvm service) {
        return new HeapPeak(service.jmx().watchCollections());
    }

    /** The peak heap since {@link #from}, in bytes: before-GC occupancy, or the heap now when that is higher. */
    public long bytes() {
        return Math.max(watch.maxBeforeGc(), watch.heapNow());
    }

    /** The largest heap left after a full collection since {@link #from}, in bytes (0 without one). */
    public long liveBytes() {
        return watch.maxAfterGc();
    }

    /** Full collections since {@link #from}. */
    public long fullCollections() {
        return watch.majorCollections();
    }

    @Override
    public void close() {
        watch.close();
    }
}
