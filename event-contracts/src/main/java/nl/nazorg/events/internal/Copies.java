package nl.nazorg.events.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies for the collections inside contract records: absent means empty, so readers never null-check a
 * list, and a record never changes after it was built. Maps keep their order, so the JSON reads as it was written.
 * Not part of the public contract.
 */
public final class Copies {

    private Copies() {
    }

    /** An immutable copy of a list; empty for null. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An immutable, order-keeping copy of a map; empty for null. */
    public static <K, V> Map<K, V> map(Map<K, V> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>(values);
        if (copy.containsKey(null) || copy.containsValue(null)) {
            throw new NullPointerException("a contract map holds no null keys or values");
        }
        return Collections.unmodifiableMap(copy);
    }
}
