package nl.nazorg.signal.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rules know of one client at one moment; immutable.
 *
 * @param portfolio null while no portfolio is known for the client (not the same as an empty one: a
 *        client whose portfolio has not arrived yet must not be told an insurance is missing)
 */
public record ClientSnapshot(String clientId, ClientProfile profile, Portfolio portfolio, SurveyFacts survey) {

    public ClientSnapshot {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(profile, "profile");
        survey = survey == null ? SurveyFacts.none() : survey;
    }

    /** The portfolio, when one is known. */
    public Optional<Portfolio> knownPortfolio() {
        return Optional.ofNullable(portfolio);
    }
}
