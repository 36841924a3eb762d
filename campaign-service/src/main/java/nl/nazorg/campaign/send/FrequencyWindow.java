package nl.nazorg.campaign.send;

import nl.nazorg.events.consent.MessageClass;

import java.util.HashMap;
import java.util.Map;

/**
 * MARKETING e-mails per client within the frequency cap's window (sent or on their way), as the database counted them
 * at the start of a poll plus every send the poll planned since: the sends of one poll are decided one after another,
 * each seeing the room the ones before it took, as when every record was its own transaction.
 */
public final class FrequencyWindow {

    /** A client of a firm: the cap counts per tenant and client. */
    public record ClientKey(String tenantId, String clientId) {
    }

    private final Map<ClientKey, Long> counted;

    public FrequencyWindow(Map<ClientKey, Long> counted) {
        this.counted = new HashMap<>(counted);
    }

    public long marketingSent(String tenantId, String clientId) {
        return counted.getOrDefault(new ClientKey(tenantId, clientId), 0L);
    }

    /** Counts a send just decided when it is a MARKETING e-mail that will go (or may, after approval). */
    public void record(SendLog send) {
        if (send.messageClass == MessageClass.MARKETING && SendPlanner.COUNTED.contains(send.status)) {
            counted.merge(new ClientKey(send.tenantId, send.clientId), 1L, Long::sum);
        }
    }
}
