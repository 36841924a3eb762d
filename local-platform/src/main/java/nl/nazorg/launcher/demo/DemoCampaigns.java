package nl.nazorg.launcher.demo;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.signal.SignalType;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;

/**
 * The demo firm's triggered campaigns: one AUTO campaign per signal type with the shipped template
 * {@code builtin:<TYPE>}, so a raised signal becomes an e-mail or an adviser task at once (campaign-service decides
 * which, by consent, channel and frequency cap).
 *
 * <p>Six standing marketing situations stay on the worklist without a campaign: home equity, an over-insured term
 * life policy, missing contents, travel or liability insurance, and a lower risk class. They hold for most clients for
 * years (each for 30–90% of the seed's clients), so as automatic e-mails they would use up every client's marketing
 * cap (two per 30 days) on the first day and crowd out the moments that matter, such as a rate drop or a child
 * turning 18. An adviser can still reach those clients with a selection campaign on the open signal type.
 */
public final class DemoCampaigns {

    /** Signal types without an automatic campaign. */
    public static final Set<SignalType> WORKLIST_ONLY = EnumSet.of(SignalType.HOME_EQUITY,
            SignalType.TERM_LIFE_OVERINSURED, SignalType.MISSING_CONTENTS_INSURANCE,
            SignalType.MISSING_TRAVEL_INSURANCE, SignalType.MISSING_LIABILITY_INSURANCE, SignalType.RISK_CLASS_DROP);

    /** Signal types with an automatic campaign: every other type (each has a shipped template). */
    public static final List<SignalType> AUTOMATIC = Arrays.stream(SignalType.values())
            .filter(type -> type != SignalType.UNKNOWN && !WORKLIST_ONLY.contains(type)).toList();

    private final PlatformClient api;
    private final ServiceUrls urls;

    public DemoCampaigns(PlatformClient api, ServiceUrls urls) {
        this.api = api;
        this.urls = urls;
    }

    /** Creates the automatic campaigns the firm does not have yet; returns how many it created. */
    public int ensure() {
        Map<SignalType, String> existing = triggered();
        int created = 0;
        for (SignalType type : AUTOMATIC) {
            if (!existing.containsKey(type)) {
                api.post(urls.campaignApi("/campaigns"), PlatformClient.toJson(new TriggeredCampaign(
                        "Automatisch: " + type.name(), "TRIGGERED", "AUTO", List.of(type.name()),
                        "builtin:" + type.name()))).expect(201);
                created++;
            }
        }
        return created;
    }

    /** The id of the firm's triggered campaign for a signal type. */
    public Optional<String> campaignFor(SignalType type) {
        return Optional.ofNullable(triggered().get(type));
    }

    private Map<SignalType, String> triggered() {
        Map<SignalType, String> byType = new LinkedHashMap<>();
        for (JsonNode campaign : list()) {
            if ("TRIGGERED".equals(campaign.path("kind").asText())) {
                for (JsonNode type : campaign.path("signalTypes")) {
                    known(type.asText()).ifPresent(t -> byType.putIfAbsent(t, campaign.get("id").asText()));
                }
            }
        }
        return byType;
    }

    private static Optional<SignalType> known(String name) {
        return Arrays.stream(SignalType.values()).filter(type -> type.name().equals(name)).findFirst();
    }

    private List<JsonNode> list() {
        JsonNode page = api.get(urls.campaignApi("/campaigns?size=200")).json(200);
        return StreamSupport.stream(page.spliterator(), false).toList();
    }

    private record TriggeredCampaign(String name, String kind, String mode, List<String> signalTypes,
            String templateId) {
    }
}
