package nl.nazorg.messaging.staleness;

/**
 * Stale-update protection for projections fed by state-carried events: each event carries the version of its
 * aggregate (the producer's JPA {@code @Version}, or a counter it raises on every change), and a projection applies
 * an event only when it is newer than what it holds, so a late, older event never overwrites newer state.
 */
public final class AggregateVersion {

    private AggregateVersion() {
    }

    /**
     * @param stored   the version the projection holds, or null when it holds nothing yet
     * @param incoming the version the event carries
     * @return true when the event should be applied
     */
    public static boolean isNewer(Long stored, long incoming) {
        return stored == null || incoming > stored;
    }
}
