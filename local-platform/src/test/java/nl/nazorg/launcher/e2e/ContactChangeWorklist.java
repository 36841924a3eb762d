package nl.nazorg.launcher.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The adviser's worklist of contact-detail changes: a new address a client gives in a survey reaches the client file
 * only when an adviser approves it (client-service README, "Contact-detail changes").
 */
final class ContactChangeWorklist {

    private ContactChangeWorklist() {
    }

    /** Waits until the client's change is on the worklist, approves it, and answers what the adviser saw. */
    static JsonNode approveTheChangeOf(Firm firm, String clientId) {
        JsonNode pending = await().atMost(Firm.FLOW).until(() -> firm.clients("GET",
                "/contact-changes?status=PENDING&client=" + clientId, null).json(200).get("items"),
                items -> !items.isEmpty()).get(0);
        firm.clients("POST", "/contact-changes/" + pending.get("id").asText() + "/approve", null).expect(200);
        return pending;
    }
}
