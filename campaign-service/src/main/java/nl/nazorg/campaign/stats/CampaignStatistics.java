package nl.nazorg.campaign.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

/** Aggregates a campaign's send log, clicks, unsubscribes and survey responses (plain SQL, grouped in the database). */
@ApplicationScoped
public class CampaignStatistics {

    private static final String SENDS = """
            SELECT coalesce(variant, 'A'), status, suppression, count(*) FROM send_log
            WHERE campaign_id = $1 GROUP BY 1, 2, 3""";
    private static final String CLICKERS = """
            SELECT coalesce(variant, 'A'), count(DISTINCT client_id) FILTER (WHERE NOT suspected_scanner),
                   count(*) FILTER (WHERE NOT suspected_scanner), count(*) FILTER (WHERE suspected_scanner)
            FROM link_click WHERE campaign_id = $1 GROUP BY 1""";
    private static final String UNSUBSCRIBES = """
            SELECT coalesce(variant, 'A'), count(*) FROM unsubscription WHERE campaign_id = $1 GROUP BY 1""";
    private static final String RESPONSES = """
            SELECT coalesce(s.variant, 'A'), count(*) FROM survey_response r JOIN send_log s ON s.send_id::text = r.send_id
            WHERE r.campaign_id = $1 GROUP BY 1""";
    private static final String PER_HOUR = """
            SELECT date_trunc('hour', clicked_at), count(*) FILTER (WHERE NOT suspected_scanner), count(*) FILTER (WHERE suspected_scanner)
            FROM link_click WHERE campaign_id = $1 GROUP BY 1 ORDER BY 1""";

    @Inject
    Pool pool;

    public Uni<CampaignStats> of(UUID campaignId) {
        Map<String, VariantStats> variants = new TreeMap<>();
        List<CampaignStats.ClickBucket> hours = new ArrayList<>();
        return each(SENDS, campaignId, row -> variant(variants, row).count(row.getString(1), row.getString(2), row.getLong(3)))
                .chain(() -> each(CLICKERS, campaignId, row -> {
                    VariantStats stats = variant(variants, row);
                    stats.uniqueHumanClickers = row.getLong(1);
                    stats.humanClicks = row.getLong(2);
                    stats.scannerClicks = row.getLong(3);
                }))
                .chain(() -> each(UNSUBSCRIBES, campaignId, row -> variant(variants, row).unsubscribes = row.getLong(1)))
                .chain(() -> each(RESPONSES, campaignId.toString(), row -> variant(variants, row).surveyResponses = row.getLong(1)))
                .chain(() -> each(PER_HOUR, campaignId, row -> hours.add(new CampaignStats.ClickBucket(
                        row.getLocalDateTime(0).toInstant(ZoneOffset.UTC), row.getLong(1), row.getLong(2)))))
                .map(ignored -> {
                    VariantStats total = new VariantStats();
                    variants.values().forEach(stats -> {
                        stats.finish();
                        add(total, stats);
                    });
                    total.finish();
                    return new CampaignStats(campaignId, total, variants, hours);
                });
    }

    private Uni<Void> each(String sql, Object campaignId, java.util.function.Consumer<Row> row) {
        return pool.preparedQuery(sql).execute(Tuple.of(campaignId)).invoke(rows -> rows.forEach(row)).replaceWithVoid();
    }

    private static VariantStats variant(Map<String, VariantStats> variants, Row row) {
        return variants.computeIfAbsent(row.getString(0), v -> new VariantStats());
    }

    private static void add(VariantStats total, VariantStats part) {
        BiConsumer<String, Long> reason = (name, n) -> total.suppressedByReason.merge(name, n, Long::sum);
        total.selected += part.selected;
        total.eligible += part.eligible;
        total.suppressed += part.suppressed;
        part.suppressedByReason.forEach(reason);
        total.awaitingProfile += part.awaitingProfile;
        total.awaitingApproval += part.awaitingApproval;
        total.pending += part.pending;
        total.sent += part.sent;
        total.failed += part.failed;
        total.adviserTasks += part.adviserTasks;
        total.uniqueHumanClickers += part.uniqueHumanClickers;
        total.humanClicks += part.humanClicks;
        total.scannerClicks += part.scannerClicks;
        total.unsubscribes += part.unsubscribes;
        total.surveyResponses += part.surveyResponses;
    }
}
