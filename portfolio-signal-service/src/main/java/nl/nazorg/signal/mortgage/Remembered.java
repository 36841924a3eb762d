package nl.nazorg.signal.mortgage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure computation, remembered by argument: a loan book holds few distinct rates and terms, so a
 * pass over a million loan parts computes each monthly fraction and each compound factor once instead of once per
 * part. A remembered result is the very value the computation gives, so no figure depends on whether it was
 * remembered. Bounded at {@link #LIMIT} arguments in two generations: when the recent one is full it becomes the older
 * one and the oldest is forgotten, so a working set of up to half the limit is always served from memory and a larger
 * one degrades gradually instead of being forgotten at once. Threads racing on a generation change may compute a value
 * twice; never a wrong one.
 */
final class Remembered<K, V> {

    static final int LIMIT = 1 << 16;

    private final Function<K, V> computation;
    private volatile Map<K, V> recent = new ConcurrentHashMap<>();
    private volatile Map<K, V> older = Map.of();

    Remembered(Function<K, V> computation) {
        this.computation = computation;
    }

    V of(K argument) {
        V value = recent.get(argument);
        if (value == null) {
            value = older.get(argument);
            if (value == null) {
                value = computation.apply(argument);
            }
            Map<K, V> current = recent;
            if (current.size() >= LIMIT / 2) {
                older = current;
                current = new ConcurrentHashMap<>();
                recent = current;
            }
            current.put(argument, value);
        }
        return value;
    }
}
