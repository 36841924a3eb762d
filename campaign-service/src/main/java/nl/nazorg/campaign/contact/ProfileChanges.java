package nl.nazorg.campaign.contact;

import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.consumer.NewestPerKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a poll of client-profiles.v1 changes, in the order a record at a time would have: the clients erased
 * (tombstones), then the newest profile per client among those that came after its last tombstone.
 *
 * @param erased clients whose contact row goes, and their waiting sends with it
 * @param newest at most one profile per client, to upsert (older than the stored version: changes nothing)
 */
public record ProfileChanges(Set<String> erased, List<ClientProfile> newest) {

    public static ProfileChanges of(List<IncomingEvent<ClientProfile>> events) {
        Map<String, Integer> lastTombstone = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).isTombstone()) {
                lastTombstone.put(events.get(i).key(), i);
            }
        }
        List<ClientProfile> profiles = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            IncomingEvent<ClientProfile> event = events.get(i);
            if (!event.isTombstone() && i > lastTombstone.getOrDefault(event.payload().clientId(), -1)) {
                profiles.add(event.payload());
            }
        }
        return new ProfileChanges(new LinkedHashSet<>(lastTombstone.keySet()),
                NewestPerKey.of(profiles, ClientProfile::clientId, ClientProfile::version));
    }
}
