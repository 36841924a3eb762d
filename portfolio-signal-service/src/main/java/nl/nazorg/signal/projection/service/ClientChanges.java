package nl.nazorg.signal.projection.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.signal.projection.repository.ClientKey;

/**
 * A poll of a client-keyed topic split into what it asks for: the clients erased (a tombstone), and the values that
 * came after a client's last tombstone in poll order, so applying the erasures first and then the values gives what
 * applying the records one by one would have given.
 *
 * @param erased clients with a tombstone in the poll (of the tombstone's {@code ce_tenantid})
 * @param values the values to apply, in poll order
 */
public record ClientChanges<T>(Set<ClientKey> erased, List<T> values) {

    public static <T> ClientChanges<T> of(List<IncomingEvent<T>> events) {
        Map<String, Integer> lastTombstone = new LinkedHashMap<>();
        Set<ClientKey> erased = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent<T> event = events.get(i);
            if (event.isTombstone()) {
                lastTombstone.put(event.key(), i);
                erased.add(new ClientKey(event.tenantId(), event.key()));
            }
        }
        List<T> values = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent<T> event = events.get(i);
            if (!event.isTombstone() && i > lastTombstone.getOrDefault(event.key(), -1)) {
                values.add(event.payload());
            }
        }
        return new ClientChanges<>(erased, values);
    }
}
