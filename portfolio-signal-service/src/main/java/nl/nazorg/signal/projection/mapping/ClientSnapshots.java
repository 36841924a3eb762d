package nl.nazorg.signal.projection.mapping;

import java.nio.charset.StandardCharsets;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.SurveyRow;

/**
 * Projection rows (contract JSON) → the snapshot the rules evaluate; and the JSON form the rows keep. A row written
 * in this transaction hands over the record it was written from instead of having its JSON read back.
 */
public final class ClientSnapshots {

    private ClientSnapshots() {
    }

    public static ClientSnapshot of(ProfileRow profile, PortfolioRow portfolio, SurveyRow survey) {
        ClientProfile profileRecord = record(profile);
        Portfolio portfolioRecord = portfolio == null ? null : record(portfolio);
        return new ClientSnapshot(profile.clientId, ProfileMapping.toDomain(profileRecord),
                portfolioRecord == null ? null : PortfolioMapping.toDomain(portfolioRecord),
                SurveyMapping.toDomain(survey));
    }

    /** The contract's profile a row holds: the one it was just written from, or its JSON read. */
    public static ClientProfile record(ProfileRow profile) {
        return profile.written != null ? profile.written : read(profile.payload, ClientProfile.class);
    }

    /** The contract's portfolio a row holds: the one it was just written from, or its JSON read. */
    public static Portfolio record(PortfolioRow portfolio) {
        return portfolio.written != null ? portfolio.written : read(portfolio.payload, Portfolio.class);
    }

    public static String json(EventPayload payload) {
        return new String(EventJson.write(payload), StandardCharsets.UTF_8);
    }

    private static <T extends EventPayload> T read(String json, Class<T> type) {
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
