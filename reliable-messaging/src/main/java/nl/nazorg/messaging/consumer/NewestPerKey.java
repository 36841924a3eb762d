package nl.nazorg.messaging.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Collapses the events of one poll to the newest version per key, before a batch effect does any work: a client
 * whose profile changed three times in one poll is written once, with the last state. Keys keep the order of their
 * first appearance; among equal versions the later event wins (a repeat carries the same state).
 *
 * <p>This only removes work within a poll. The effect still writes with a version guard (e.g.
 * {@code ON CONFLICT … DO UPDATE … WHERE stored.aggregate_version < excluded.aggregate_version}), so a stale event
 * never overwrites newer state that an earlier poll stored.
 */
public final class NewestPerKey {

    private NewestPerKey() {
    }

    /**
     * @param key     the aggregate a value belongs to (usually the record key or the payload's id)
     * @param version its aggregate version
     */
    public static <E, K> List<E> of(List<E> events, Function<E, K> key, ToLongFunction<E> version) {
        Map<K, E> newest = new LinkedHashMap<>();
        for (E event : events) {
            newest.merge(key.apply(event), event, (held, incoming) ->
                    version.applyAsLong(incoming) >= version.applyAsLong(held) ? incoming : held);
        }
        return new ArrayList<>(newest.values());
    }
}
