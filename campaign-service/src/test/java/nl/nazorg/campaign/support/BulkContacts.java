package nl.nazorg.campaign.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * Many opted-in e-mail contacts of one firm, straight into the projection: thousands of profiles through Kafka
 * would test the consumer, not the sending. Client {@code i} is {@code <tenant>-client-<i>}, e-mail
 * {@code <client>@bulk.example.nl}.
 */
public final class BulkContacts {

    private BulkContacts() {
    }

    /** The e-mails the shared SMTP server received for this firm's bulk contacts. */
    public static List<ReceivedMail> received(String tenant) {
        return NazorgTestInfrastructure.mailbox().messages().stream()
                .filter(mail -> mail.envelopeRecipient().startsWith(tenant + "-client-")).toList();
    }

    public static void insert(String tenant, int count) throws SQLException {
        try (Connection connection = NazorgTestInfrastructure.dataSource("campaign").getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into contact (client_id, tenant_id, first_name, last_name, email, preferred_channel, language,
                                          consent_status, salutation, tier, open_arrears, aggregate_version, children_json, adviser_id)
                     values (?, ?, ?, 'Jansen', ?, 'EMAIL', 'nl', 'OPTED_IN', 'MS', 'SILVER', false, 1, '{}', 'adviser-1')""")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String client = tenant + "-client-" + i;
                insert.setString(1, client);
                insert.setString(2, tenant);
                insert.setString(3, "Anna" + i);
                insert.setString(4, client + "@bulk.example.nl");
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
