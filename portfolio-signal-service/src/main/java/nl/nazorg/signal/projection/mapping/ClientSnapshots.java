package nl.nazorg.signal.projection.mapping;

import java.nio.charset.StandardCharsets;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.SurveyRow;

/** Projection rows (contract JSON) → the snapshot the rules evaluate; and the JSON form the rows keep. */
public final class ClientSnapshots {

    private ClientSnapshots() {
    }

    public static ClientSnapshot of(ProfileRow profile, PortfolioRow portfolio, SurveyRow survey) {
        nl.nazorg.events.client.ClientProfile profileRecord =
                read(profile.payload, nl.nazorg.events.client.ClientProfile.class);
        return new ClientSnapshot(profile.clientId, ProfileMapping.toDomain(profileRecord),
                portfolio == null ? null
                        : PortfolioMapping.toDomain(read(portfolio.payload, nl.nazorg.events.portfolio.Portfolio.class)),
                SurveyMapping.toDomain(survey));
    }

    public static String json(EventPayload payload) {
        return new String(EventJson.write(payload), StandardCharsets.UTF_8);
    }

    private static <T extends EventPayload> T read(String json, Class<T> type) {
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
