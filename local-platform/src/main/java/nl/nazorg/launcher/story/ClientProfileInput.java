package nl.nazorg.launcher.story;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of client-service's {@code PUT /api/v1/clients/{id}} made from the client as {@code GET} shows it: the
 * view's profile fields, without what the PUT does not take (ids, versions, consent, arrears, timestamps — client-service
 * refuses unknown properties).
 */
final class ClientProfileInput {

    private static final List<String> FIELDS = List.of("externalReference", "name", "salutation", "dateOfBirth",
            "email", "phone", "correspondenceAddress", "preferredChannel", "language", "household", "adviserId",
            "subscription", "minimumMonthlySaving", "plannedRetirementDate");

    private ClientProfileInput() {
    }

    static ObjectNode of(JsonNode clientView) {
        ObjectNode input = clientView.deepCopy();
        input.retain(FIELDS);
        return input;
    }
}
