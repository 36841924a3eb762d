package nl.nazorg.events.campaign;

import java.time.Instant;
import java.time.LocalDate;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.signal.SignalType;

/**
 * A campaign put a task on an adviser's list (taak voor de adviseur) instead of sending an e-mail, e.g. to call a
 * client who prefers the phone. On {@code campaign-events.v1}.
 *
 * @param taskId     the id of the task
 * @param tenantId   the advisory firm
 * @param clientId   the client to contact; the record key
 * @param adviserId  the adviser the task is for; absent when it goes to the firm's shared queue
 * @param reason     why a person and not an e-mail
 * @param signalId   the signal it is about; absent when none
 * @param signalType the type of that signal, so a worklist shows it without a lookup; absent when none
 * @param campaignId the campaign that created it
 * @param dueDate    when it should be done (streefdatum), a Europe/Amsterdam date
 * @param createdAt  when it was created
 */
public record AdviserTaskCreated(
        String taskId,
        String tenantId,
        String clientId,
        String adviserId,
        AdviserTaskReason reason,
        String signalId,
        SignalType signalType,
        String campaignId,
        LocalDate dueDate,
        Instant createdAt) implements EventPayload {

    @Override
    public String partitionKey() {
        return clientId;
    }
}
