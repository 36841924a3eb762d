package nl.nazorg.benchmarks.redirect;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.campaign.CampaignContacts;
import nl.nazorg.benchmarks.campaign.SelectionCampaigns;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.infra.mail.ReceivedMail;

/**
 * Real tracked links to load: a small selection campaign of the scenario's own firm is sent, and the
 * {@code /r/{token}} links are taken from the e-mails as the clients received them.
 */
final class TrackedLinkSupply {

    static final String TENANT = "bench-redirect";
    private static final Pattern TRACKED_LINK = Pattern.compile("https?://[^\\s\"<>]+(/r/[A-Za-z0-9_-]+)");

    private TrackedLinkSupply() {
    }

    /** Sends the campaign to {@code recipients} contacts; answers the distinct link paths ({@code /r/...}). */
    static List<String> paths(BenchmarkContext context, int recipients) throws Exception {
        String domain = CampaignContacts.load(context.platform().database("campaign"), TENANT, recipients);
        SelectionCampaigns campaigns = new SelectionCampaigns(context.platform(), TENANT);
        String campaign = campaigns.create("Links (benchmark)");
        long before = context.platform().mailbox().receivedCount();
        campaigns.launch(campaign);
        Poll.untilAtLeast("the link campaign's e-mails", Duration.ofMinutes(5), before + recipients,
                context.platform().mailbox()::receivedCount);
        Set<String> paths = new LinkedHashSet<>();
        for (ReceivedMail mail : context.platform().mailbox().messages()) {
            if (mail.envelopeRecipient().endsWith("@" + domain)) {
                Matcher link = TRACKED_LINK.matcher(mail.text());
                while (link.find()) {
                    paths.add(URI.create(link.group()).getPath());
                }
            }
        }
        CountMismatch.checkThat(paths.size() >= recipients, "tracked links found in the e-mails: " + paths.size());
        return List.copyOf(paths);
    }
}
