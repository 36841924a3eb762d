package nl.nazorg.campaign.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How a writer thread takes work off its queue: the first item and whatever arrives within a short linger after it,
 * up to a maximum, so a stream of small writes becomes a few larger ones while no item waits longer than the linger.
 */
public final class Gathering {

    private Gathering() {
    }

    /** The first item, then the queue's items until {@code max} are gathered or {@code linger} has passed. */
    public static <T> List<T> after(T first, BlockingQueue<T> queue, int max, Duration linger)
            throws InterruptedException {
        List<T> gathered = new ArrayList<>(Math.min(max, queue.size() + 1));
        gathered.add(first);
        long deadline = System.nanoTime() + linger.toNanos();
        while (gathered.size() < max) {
            queue.drainTo(gathered, max - gathered.size());
            long left = deadline - System.nanoTime();
            T next = gathered.size() < max && left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return gathered;
            }
            gathered.add(next);
        }
        return gathered;
    }
}
