package nl.nazorg.campaign.campaign;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.storage.SetStatements;
import nl.nazorg.events.consent.MessageClass;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static nl.nazorg.campaign.storage.SqlColumns.enumOf;
import static nl.nazorg.campaign.storage.SqlColumns.instant;

/** Reads campaigns for the consumers, once per poll, on the consumer's transaction (not managed entities). */
@ApplicationScoped
public class Campaigns {

    private static final String ACTIVE_TRIGGERED = """
            SELECT * FROM campaign WHERE tenant_id = ANY($1::text[]) AND kind = 'TRIGGERED' AND state = 'ACTIVE'
            ORDER BY created_at, id""";

    private static final String BY_ID = "SELECT * FROM campaign WHERE id = ANY($1::uuid[])";

    /** The active triggered campaigns of these firms, oldest first (the order a send is planned in). */
    public Uni<List<Campaign>> activeTriggered(SqlConnection transaction, Collection<String> tenantIds) {
        return SetStatements.select(transaction, ACTIVE_TRIGGERED, tenantIds.toArray(String[]::new), Campaigns::campaign);
    }

    public Uni<List<Campaign>> byId(SqlConnection transaction, Collection<UUID> ids) {
        return SetStatements.select(transaction, BY_ID, ids.toArray(UUID[]::new), Campaigns::campaign);
    }

    private static Campaign campaign(Row row) {
        Campaign campaign = new Campaign();
        campaign.id = row.getUUID("id");
        campaign.tenantId = row.getString("tenant_id");
        campaign.name = row.getString("name");
        campaign.kind = enumOf(row, "kind", CampaignKind.class);
        campaign.mode = enumOf(row, "mode", CampaignMode.class);
        campaign.state = enumOf(row, "state", CampaignState.class);
        campaign.signalTypes = row.getString("signal_types");
        campaign.templateId = row.getString("template_id");
        // Hibernate's camel-case naming puts no underscore around a one-letter word: variantBPercent → variantbpercent.
        campaign.variantBTemplateId = row.getString("variantbtemplate_id");
        campaign.variantBPercent = row.getInteger("variantbpercent");
        campaign.messageClass = enumOf(row, "message_class", MessageClass.class);
        campaign.surveyId = row.getString("survey_id");
        campaign.scheduledAt = instant(row, "scheduled_at");
        campaign.createdAt = instant(row, "created_at");
        campaign.createdBy = row.getString("created_by");
        return campaign;
    }
}
