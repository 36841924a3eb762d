package nl.nazorg.benchmarks.campaign;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import nl.nazorg.benchmarks.platform.CopyLoader;

/**
 * A firm's contacts loaded straight into campaign-service's contact projection, as {@code SelectionThroughputTest}
 * does: every one opted in to e-mail, Dutch, channel EMAIL. 50,000 profiles through Kafka would measure the profile
 * consumer (the ingest scenario does that), not the send.
 */
public final class CampaignContacts {

    private CampaignContacts() {
    }

    /** Loads {@code count} contacts of {@code tenant}; answers their e-mail domain. */
    public static String load(DataSource campaignDatabase, String tenant, int count) throws SQLException {
        String domain = tenant + ".example.nl";
        try (CopyLoader contacts = new CopyLoader(campaignDatabase, "contact", List.of("client_id", "tenant_id",
                "first_name", "last_name", "email", "preferred_channel", "language", "consent_status", "salutation",
                "tier", "open_arrears", "aggregate_version", "children_json", "adviser_id"))) {
            for (int i = 0; i < count; i++) {
                String client = tenant + "-client-" + i;
                contacts.row(client, tenant, "Anna" + i, "Jansen", client + "@" + domain, "EMAIL", "nl", "OPTED_IN",
                        "MS", "SILVER", false, 1, "{}", "adviser-1");
            }
        }
        return domain;
    }
}
