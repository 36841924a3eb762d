package nl.nazorg.campaign.selection;

import java.util.List;

/** What a selection would do: how many clients match, and a few of their e-mails rendered (links not yet tracked). */
public record Preview(int matchingClients, List<Sample> samples) {

    public record Sample(String clientId, String variant, String language, String subject, String text) {
    }
}
