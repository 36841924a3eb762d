package nl.nazorg.launcher.story;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.signal.SignalType;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.launcher.demo.DemoCampaigns;

/**
 * Picks the demo client a story's marketing e-mail can reach, so the story shows an e-mail rather than a rule holding
 * it back: of parent age, marketing consent, an e-mail address and e-mail as the preferred channel, and no open
 * marketing signal with an automatic campaign (which would already have used the frequency cap) or arrears.
 */
final class DemoClientChoice {

    private static final Set<String> CONSENTS_FOR_MARKETING = Set.of("OPTED_IN", "SOFT_OPT_IN");
    private static final int PAGES = 8;

    private final PlatformClient api;
    private final ServiceUrls urls;

    DemoClientChoice(PlatformClient api, ServiceUrls urls) {
        this.api = api;
        this.urls = urls;
    }

    /** The full client view of the first client that fits, if any. */
    Optional<JsonNode> parentToEmail() {
        for (int page = 0; page < PAGES; page++) {
            JsonNode found = api.get(urls.clientApi("/clients?minAge=38&maxAge=62&size=50&page=" + page)).json(200);
            for (JsonNode summary : found.path("items")) {
                if (CONSENTS_FOR_MARKETING.contains(summary.path("marketingEmailConsent").asText())
                        && !summary.path("email").asText().isBlank()) {
                    JsonNode client = api.get(urls.clientApi("/clients/" + summary.path("id").asText())).json(200);
                    if (prefersEmail(client) && hasNoMarketingUnderWay(client.path("id").asText())) {
                        return Optional.of(client);
                    }
                }
            }
            if (found.path("items").size() < 50) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean prefersEmail(JsonNode client) {
        return client.path("preferredChannel").asText("EMAIL").equals("EMAIL");
    }

    private boolean hasNoMarketingUnderWay(String clientId) {
        for (JsonNode signal : api.get(urls.signalApi("/clients/" + clientId + "/signals")).json(200)) {
            String type = signal.path("type").asText();
            boolean automatic = DemoCampaigns.AUTOMATIC.stream().map(SignalType::name).anyMatch(type::equals);
            if (type.equals(SignalType.PAYMENT_ARREARS.name())
                    || automatic && "MARKETING".equals(signal.path("messageClass").asText())) {
                return false;
            }
        }
        return true;
    }
}
