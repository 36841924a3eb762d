package nl.nazorg.benchmarks.profile;

import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.MBeanServerConnection;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/** Listens to a JVM's garbage-collection notifications and keeps the heap occupancy before and after each. */
final class GcWatch implements NotificationListener, AutoCloseable {

    private final MBeanServerConnection server;
    private final Set<ObjectName> collectors;
    private final HeapReader heapNow;
    private final AtomicLong maxBeforeGc = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong majorCollections = new AtomicLong();

    GcWatch(MBeanServerConnection server, HeapReader heapNow) throws Exception {
        this.server = server;
        this.heapNow = heapNow;
        this.collectors = server.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null);
        for (ObjectName collector : collectors) {
            server.addNotificationListener(collector, this, null, null);
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        maxBeforeGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        // Only a full collection leaves the live heap: after a young one the old generation still holds garbage.
        if (info.getGcAction().contains("major")) {
            maxAfterGc.accumulateAndGet(used(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            majorCollections.incrementAndGet();
        }
    }

    /** Heap pools only: the before/after maps also hold metaspace and the code cache. */
    private static long used(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> HeapPools.isHeap(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    long maxBeforeGc() {
        return maxBeforeGc.get();
    }

    long maxAfterGc() {
        return maxAfterGc.get();
    }

    long majorCollections() {
        return majorCollections.get();
    }

    long heapNow() {
        return heapNow.read();
    }

    @Override
    public void close() {
        for (ObjectName collector : collectors) {
            try {
                server.removeNotificationListener(collector, this);
            } catch (Exception | Error gone) {
                // The service may have stopped; nothing to remove then.
            }
        }
    }

    /** The heap in use right now. */
    @FunctionalInterface
    interface HeapReader {
        long read();
    }

    /** Names of the heap pools of the common collectors (Serial, Parallel, G1). */
    static final class HeapPools {

        private HeapPools() {
        }

        static boolean isHeap(String pool) {
            return pool.contains("Eden") || pool.contains("Survivor") || pool.contains("Old Gen")
                    || pool.contains("Tenured");
        }
    }

}
