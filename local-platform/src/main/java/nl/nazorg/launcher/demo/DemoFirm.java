package nl.nazorg.launcher.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.ClientDates;
import nl.nazorg.launcher.Progress;
import nl.nazorg.launcher.ServiceConfiguration;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;

/**
 * The demo firm: client-service's seed of 400 clients, a market-rate table for their lenders and automatic
 * campaigns, loaded through the adviser APIs into the firm of the admin's token; the rates are platform data and go
 * through the platform's rate feed ({@link DemoMarketRates#feed}).
 *
 * <p>Order matters: the campaigns exist before the first signal is raised (a triggered campaign acts on
 * {@code SignalRaised} only), and the rate table is sent before the clients, so most clients are evaluated against
 * it at once. A firm that already has clients is left as it is (its rates may have been changed by a demo story);
 * missing campaigns are still created.
 */
public final class DemoFirm {

    public static final String TENANT = "demo-firm";
    public static final String ADVISER = "adviser-demo";
    /** The seed file of client-service, relative to the checkout. */
    public static final Path SEED_FILE = Path.of("client-service", "src", "main", "resources", "seed", "demo-firm.csv");

    /** What {@link #load} did; {@code imported} is null when the firm already had clients. */
    public record Loaded(int campaignsCreated, ImportCounts imported) {

        public boolean alreadyThere() {
            return imported == null;
        }
    }

    /** client-service's import report, in short. */
    public record ImportCounts(int rows, int created, int updated, int unchanged, int refused, String firstError) {

        static ImportCounts of(JsonNode report) {
            JsonNode firstError = report.path("errors").path(0);
            return new ImportCounts(report.path("rows").asInt(), report.path("created").asInt(),
                    report.path("updated").asInt(), report.path("unchanged").asInt(), report.path("refused").asInt(),
                    firstError.isMissingNode() ? "" : firstError.toString());
        }
    }

    private DemoFirm() {
    }

    /** Loads the demo firm on a platform configured like the launcher's (e.g. the end-to-end tests' platform). */
    public static Loaded load(PlatformClient admin, PlatformClient rateFeed, ServiceConfiguration configuration,
            Path projectHome) {
        return load(admin, rateFeed, new ServiceUrls(configuration.services()), projectHome, new Progress(System.out));
    }

    /**
     * @param admin    an admin of the demo firm (imports the clients and creates the campaigns)
     * @param rateFeed the platform's market-rate feed
     */
    public static Loaded load(PlatformClient admin, PlatformClient rateFeed, ServiceUrls urls, Path projectHome,
            Progress progress) {
        int campaignsCreated = new DemoCampaigns(admin, urls).ensure();
        if (campaignsCreated > 0) {
            progress.step("Created " + campaignsCreated + " automatic campaigns (one per signal type, shipped templates)");
        }
        long clients = admin.get(urls.clientApi("/clients?size=1")).json(200).path("total").asLong();
        if (clients > 0) {
            progress.step("Demo firm already loaded: " + clients + " clients");
            return new Loaded(campaignsCreated, null);
        }
        DemoMarketRates.upload(rateFeed, urls, LocalDate.now(ClientDates.ZONE), BigDecimal.ZERO);
        progress.step("Sent the market-rate tables of " + DemoMarketRates.LENDERS.size() + " lenders (10 years NHG from "
                + DemoMarketRates.bestRate(10, "NHG", BigDecimal.ZERO) + "%)");
        progress.step("Importing the demo firm's clients from " + SEED_FILE);
        ImportCounts imported = ImportCounts.of(admin.post(urls.clientApi("/clients/import"), "text/csv",
                seed(projectHome)).json(200));
        progress.step("Imported " + imported.rows() + " rows: " + imported.created() + " created, "
                + imported.refused() + " refused" + (imported.refused() > 0 ? ", first: " + imported.firstError() : ""));
        return new Loaded(campaignsCreated, imported);
    }

    private static String seed(Path projectHome) {
        Path file = projectHome.resolve(SEED_FILE);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo firm's seed " + file, e);
        }
    }
}
