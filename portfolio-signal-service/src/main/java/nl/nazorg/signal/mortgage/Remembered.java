package nl.nazorg.signal.mortgage;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure computation, remembered by argument: a loan book holds few distinct rates and terms, so a
 * pass over a million loan parts computes each monthly fraction and each compound factor once instead of once per
 * part. A remembered result is the very value the computation gives, so no figure depends on whether it was
 * remembered. Bounded: past {@link #LIMIT} arguments everything is forgotten at once and learnt again.
 */
final class Remembered<K, V> {

    static final int LIMIT = 1 << 16;

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final Function<K, V> computation;

    Remembered(Function<K, V> computation) {
        this.computation = computation;
    }

    V of(K argument) {
        V value = values.get(argument);
        if (value == null) {
            value = computation.apply(argument);
            if (values.size() >= LIMIT) {
                values.clear();
            }
            values.put(argument, value);
        }
        return value;
    }
}
