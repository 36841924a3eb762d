package nl.nazorg.campaign.approval;

import nl.nazorg.campaign.send.SendLog;

import java.time.Instant;
import java.util.UUID;

/** An e-mail waiting for approval, as the adviser's worklist shows it. */
public record QueuedSend(UUID sendId, String clientId, String signalId, String signalType, String templateId,
                         String messageClass, Instant queuedAt) {

    static QueuedSend of(SendLog send) {
        return new QueuedSend(send.sendId, send.clientId, send.signalId,
                send.signalType == null ? null : send.signalType.name(), send.templateId,
                send.messageClass == null ? null : send.messageClass.name(), send.createdAt);
    }
}
