package nl.nazorg.signal.projection.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;
import nl.nazorg.signal.projection.mapping.LoanPartFacts;
import nl.nazorg.signal.projection.repository.LoanPartRow;
import nl.nazorg.signal.projection.repository.LoanPartTable;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.PortfolioTable;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.ProfileTable;

/**
 * Brings clients whose rows were written before the loan-part read model up to it, under the caller's locks: their
 * JSON is read once, the typed profile columns and the loan-part rows are written and the rows marked. A market-rate
 * change runs it on every page before reading the read model, so a database from before it needs no step of its own
 * and a client is read from JSON once, not at every change.
 */
public final class ReadModelUpgrade {

    private static final Logger LOG = Logger.getLogger(ReadModelUpgrade.class);

    private ReadModelUpgrade() {
    }

    /**
     * Upgrades those of the locked profiles (and their portfolios) that need it; the profile rows given get their typed
     * columns filled in.
     *
     * @return the clients whose stored JSON could not be read: the caller leaves them out
     */
    public static Uni<Set<String>> apply(SqlConnection transaction, Map<String, ProfileRow> locked) {
        List<String> oldProfiles = locked.values().stream().filter(p -> p.readModelVersion == null)
                .map(p -> p.clientId).toList();
        Uni<Map<String, ProfileRow>> profiles = oldProfiles.isEmpty() ? Uni.createFrom().item(Map.of())
                : ProfileTable.locked(transaction, oldProfiles);
        return Uni.combine().all().unis(profiles, PortfolioTable.withoutReadModel(transaction, locked.keySet()))
                .asTuple().chain(old -> {
                    Set<String> unreadable = new HashSet<>();
                    List<ProfileRow> upgradedProfiles = profiles(old.getItem1().values(), locked, unreadable);
                    List<String> upgradedPortfolios = new ArrayList<>();
                    List<LoanPartRow> parts = loanParts(old.getItem2().values(), upgradedPortfolios, unreadable);
                    return ProfileTable.writeReadModel(transaction, upgradedProfiles)
                            .chain(() -> LoanPartTable.replace(transaction, upgradedPortfolios, parts))
                            .chain(() -> PortfolioTable.readModelWritten(transaction, upgradedPortfolios,
                                    LoanPartTable.READ_MODEL_VERSION))
                            .replaceWith(unreadable);
                });
    }

    private static List<ProfileRow> profiles(Iterable<ProfileRow> old, Map<String, ProfileRow> locked,
            Set<String> unreadable) {
        List<ProfileRow> upgraded = new ArrayList<>();
        for (ProfileRow row : old) {
            try {
                ProfileRow held = locked.get(row.clientId);
                held.minimumMonthlySaving = ClientSnapshots.record(row).minimumMonthlySaving();
                held.readModelVersion = LoanPartTable.READ_MODEL_VERSION;
                upgraded.add(held);
            } catch (RuntimeException e) {
                unreadable(row.clientId, e, unreadable);
            }
        }
        return upgraded;
    }

    private static List<LoanPartRow> loanParts(Iterable<PortfolioRow> old, List<String> upgraded,
            Set<String> unreadable) {
        List<LoanPartRow> parts = new ArrayList<>();
        for (PortfolioRow row : old) {
            try {
                parts.addAll(LoanPartFacts.rows(row));
                upgraded.add(row.clientId);
            } catch (RuntimeException e) {
                unreadable(row.clientId, e, unreadable);
            }
        }
        return parts;
    }

    private static void unreadable(String clientId, RuntimeException e, Set<String> unreadable) {
        LOG.warnf("client %s left out of the loan-part read model: %s", clientId, e.getClass().getSimpleName());
        unreadable.add(clientId);
    }
}
