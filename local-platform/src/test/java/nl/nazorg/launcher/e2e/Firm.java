package nl.nazorg.launcher.e2e;

import static nl.nazorg.launcher.PlatformService.CAMPAIGN;
import static nl.nazorg.launcher.PlatformService.CLIENT;
import static nl.nazorg.launcher.PlatformService.SIGNAL;
import static nl.nazorg.launcher.PlatformService.SURVEY;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.launcher.api.ApiResponse;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * One advisory firm on the test platform: its tenant and an adviser's (and admin's) access to every service's API,
 * with the few steps every story takes.
 */
public record Firm(String tenant, PlatformClient api, TestPlatform platform) {

    /** Generous for a 2-core machine that runs four services, a broker and a database at once. */
    public static final Duration FLOW = Duration.ofSeconds(90);

    public ApiResponse clients(String method, String path, String json) {
        return call(CLIENT, method, path, json);
    }

    public ApiResponse signals(String method, String path, String json) {
        return call(SIGNAL, method, path, json);
    }

    public ApiResponse campaigns(String method, String path, String json) {
        return call(CAMPAIGN, method, path, json);
    }

    public ApiResponse surveys(String method, String path, String json) {
        return call(SURVEY, method, path, json);
    }

    /** Enters a client with its portfolio; returns the client id. */
    public String enter(ClientFile client) {
        return clients("POST", "/clients", client.json()).json(201).get("id").asText();
    }

    /** Replaces the client's portfolio with the one in {@code client} (a new policy, a policy ended, a house listed). */
    public void changePortfolio(String clientId, ClientFile client) {
        clients("PUT", "/clients/" + clientId + "/portfolio", client.portfolioJson()).expect(200);
    }

    /** An explicit opt-in for marketing e-mail, given just now on the website. */
    public void optIn(String clientId) {
        clients("POST", "/clients/" + clientId + "/consent", """
                {"status": "OPTED_IN", "source": "website-form", "effectiveAt": "%s"}"""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS))).expect(200);
    }

    /** A triggered campaign that sends the shipped template of each signal type as soon as it is raised. */
    public String autoCampaign(String signalType) {
        return campaigns("POST", "/campaigns", """
                {"name": "Automatisch: %1$s", "kind": "TRIGGERED", "mode": "AUTO", "signalTypes": ["%1$s"],
                 "templateId": "builtin:%1$s"}""".formatted(signalType)).json(201).get("id").asText();
    }

    /** Waits until the client's worklist holds an open signal of this type, and returns it. */
    public JsonNode awaitSignal(String clientId, String type) {
        return await().atMost(FLOW).until(() -> openSignal(clientId, type), Optional::isPresent).orElseThrow();
    }

    public Optional<JsonNode> openSignal(String clientId, String type) {
        ApiResponse answer = signals("GET", "/clients/" + clientId + "/signals", null);
        if (answer.status() == 404) {
            return Optional.empty(); // the signal service has not seen the client yet
        }
        for (JsonNode signal : answer.json(200)) {
            if (signal.get("type").asText().equals(type)) {
                return Optional.of(signal);
            }
        }
        return Optional.empty();
    }

    /** The open signal types of a client, as the adviser's worklist shows them. */
    public List<String> openSignalTypes(String clientId) {
        List<String> types = new ArrayList<>();
        signals("GET", "/clients/" + clientId + "/signals", null).json(200).forEach(s -> types.add(s.get("type").asText()));
        return types;
    }

    /** The campaign's statistics as a whole ({@code total} of {@code GET /campaigns/{id}/stats}). */
    public JsonNode stats(String campaignId) {
        return campaigns("GET", "/campaigns/" + campaignId + "/stats", null).json(200).get("total");
    }

    private ApiResponse call(String service, String method, String path, String json) {
        String url = platform.url(service, "/api/v1" + path);
        return switch (method) {
            case "GET" -> api.get(url);
            case "DELETE" -> api.delete(url);
            case "POST" -> api.post(url, json == null ? "{}" : json);
            case "PUT" -> api.put(url, json);
            case "PATCH" -> api.patch(url, json);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
