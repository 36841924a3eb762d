package nl.nazorg.signal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.rules.RandomClients.RateChange;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.mapping.SignalJson;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalReconciliation;
import org.junit.jupiter.api.Test;

/**
 * A market-rate change re-runs only the rules that read market rates and reconciles only their types
 * ({@link SignalRules#readingMarketRates()}, {@code reconcile(..., judged, ...)}). Over many seeded random clients this
 * must tell exactly what running every rule and reconciling every type tells about those types, and nothing about any
 * other type; and a pass that finds nothing new must be silent on both paths.
 */
class RateRulesDifferentialTest {

    private static final long SEED = 20260315L;
    private static final int CLIENTS = 6_000;
    private static final Instant EARLIER = Instant.parse("2026-03-01T06:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private static final SignalRules ALL = SignalRules.standard();
    private static final SignalRules RATE_RULES = ALL.readingMarketRates();
    private static final Set<SignalType> RATE_TYPES = RATE_RULES.types();
    private static final List<Field> COLUMNS = Stream.of(SignalRow.class.getFields())
            .filter(field -> !Modifier.isStatic(field.getModifiers())).toList();

    /** What one change tells, figures by value: what both paths must agree on. */
    private record Told(Kind kind, SignalType type, String key, Map<String, String> figures, Map<String, String> inputs,
            boolean suppressed, LocalDate dueDate, int ruleVersion, String dutch, String english, long version,
            SignalResolution resolution, String fingerprint) {

        static Told of(SignalChange change) {
            SignalRow row = change.row();
            Map<String, String> figures = new TreeMap<>();
            SignalJson.figures(row.figures).forEach((name, value) -> figures.put(name, byValue(value)));
            return new Told(change.kind(), row.type, row.deduplicationKey, figures,
                    new TreeMap<>(SignalJson.inputs(row.inputs)), row.suppressed, row.dueDate, row.ruleVersion,
                    row.explanationNl, row.explanationEn, row.version, row.resolution, row.fingerprint);
        }

        private static String byValue(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    /**
     * What the rate-only path told about one client and how many of the client's open signals it had to leave alone;
     * or why the client failed, kept to be thrown on the test's own thread.
     */
    private record Compared(long seed, List<Told> told, int leftAlone, AssertionError failure) {

        static Compared of(long seed) {
            try {
                return compare(RandomClients.draw(seed));
            } catch (AssertionError e) {
                return new Compared(seed, List.of(), 0, e);
            } catch (RuntimeException e) {
                return new Compared(seed, List.of(), 0, new AssertionError("client of seed " + seed + ": " + e, e));
            }
        }
    }

    /** Clients are independent, so both cores judge them, as production's passes do. */
    @Test
    void theRateRulesAloneTellWhatEveryRuleTellsAboutTheirTypes() {
        assertThat(RATE_TYPES).as("the types a rate change judges").containsExactlyInAnyOrder(
                SignalType.REFINANCE_SAVING, SignalType.RATE_RESET_SHOCK, SignalType.RISK_CLASS_DROP);
        List<Compared> clients = LongStream.range(SEED, SEED + CLIENTS).parallel().mapToObj(Compared::of).toList();
        clients.stream().map(Compared::failure).filter(Objects::nonNull).findFirst().ifPresent(failure -> {
            throw failure;
        });

        Map<SignalType, Map<Kind, Integer>> seen = new EnumMap<>(SignalType.class);
        int suppressed = 0;
        int leftAlone = 0;
        for (Compared client : clients) {
            for (Told t : client.told()) {
                seen.computeIfAbsent(t.type(), type -> new EnumMap<>(Kind.class)).merge(t.kind(), 1, Integer::sum);
                suppressed += t.suppressed() ? 1 : 0;
            }
            leftAlone += client.leftAlone();
        }
        assertThat(seen).as("changes the rate rules made, by type and kind").containsOnlyKeys(RATE_TYPES);
        assertThat(seen.get(SignalType.REFINANCE_SAVING)).as("REFINANCE_SAVING changes")
                .containsOnlyKeys(Kind.values());
        assertThat(seen.get(SignalType.RATE_RESET_SHOCK)).as("RATE_RESET_SHOCK changes")
                .containsOnlyKeys(Kind.values());
        assertThat(seen.get(SignalType.RISK_CLASS_DROP)).as("RISK_CLASS_DROP changes (raised whatever the rates)")
                .containsOnlyKeys(Kind.UPDATED);
        assertThat(suppressed).as("changes to suppressed signals").isPositive();
        assertThat(leftAlone).as("open signals of other types, left alone").isGreaterThan(CLIENTS);
    }

    /** Both paths over one client's rate change. */
    private static Compared compare(RateChange change) {
        String seed = "client of seed " + change.seed();
        List<SignalRow> open = open(change);

        assertThat(described(reconcile(copies(open), ALL, change, change.before())))
                .as("%s: every rule, rates unchanged", seed).isEmpty();
        assertThat(described(reconcile(copies(open), RATE_RULES, change, change.before())))
                .as("%s: the rate rules, rates unchanged", seed).isEmpty();

        List<SignalRow> fullRows = copies(open);
        List<SignalChange> full = reconcile(fullRows, ALL, change, change.after());
        List<SignalRow> rateRows = copies(open);
        List<SignalChange> rateOnly = reconcile(rateRows, RATE_RULES, change, change.after());

        assertThat(rateOnly.stream().map(c -> c.row().type).toList())
                .as("%s: the rate rules change only their own types", seed).isSubsetOf(RATE_TYPES);
        Map<String, Told> expected = byKey(full.stream().filter(c -> RATE_TYPES.contains(c.row().type)).toList());
        Map<String, Told> actual = byKey(rateOnly);
        assertThat(actual).as("%s: what the rate rules tell against what every rule tells", seed).isEqualTo(expected);
        int leftAlone = 0;
        for (int i = 0; i < open.size(); i++) {
            if (!RATE_TYPES.contains(open.get(i).type)) {
                assertThat(differingFields(rateRows.get(i), open.get(i)))
                        .as("%s: fields the rate rules changed of %s", seed, open.get(i).deduplicationKey).isEmpty();
                leftAlone++;
            }
        }

        List<SignalRow> afterFull = stillOpen(fullRows, full);
        List<SignalRow> afterRates = stillOpen(rateRows, rateOnly);
        assertThat(described(reconcile(copies(afterFull), ALL, change, change.after())))
                .as("%s: every rule again after every rule", seed).isEmpty();
        assertThat(described(reconcile(copies(afterRates), RATE_RULES, change, change.after())))
                .as("%s: the rate rules again after the rate rules", seed).isEmpty();
        assertThat(described(reconcile(copies(afterRates), ALL, change, change.after())))
                .as("%s: every rule after the rate rules", seed).isEmpty();
        return new Compared(change.seed(), List.copyOf(actual.values()), leftAlone, null);
    }

    /**
     * The client's open signals after every rule ran on the earlier rates, as a store would hold them: some worked on
     * by an adviser, some written before signals kept a fingerprint (so it is recomputed from their JSON).
     */
    private static List<SignalRow> open(RateChange change) {
        List<SignalRow> open = new ArrayList<>();
        List<SignalChange> raised = SignalReconciliation.reconcile("firm", change.client().clientId(), "adviser",
                List.of(), ALL.evaluate(change.client(), context(change, change.before())).findings(), EARLIER);
        for (int i = 0; i < raised.size(); i++) {
            SignalRow row = raised.get(i).row();
            row.status = SignalStatus.values()[(int) ((change.seed() + i) % SignalStatus.values().length)];
            if ((change.seed() + i) % 5 == 0) {
                row.fingerprint = null;
            }
            open.add(row);
        }
        return open;
    }

    private static List<SignalChange> reconcile(List<SignalRow> open, SignalRules rules, RateChange change,
            MarketRates rates) {
        return SignalReconciliation.reconcile("firm", change.client().clientId(), "adviser", open,
                rules.evaluate(change.client(), context(change, rates)).findings(), rules.types(), NOW);
    }

    private static EvaluationContext context(RateChange change, MarketRates rates) {
        return new EvaluationContext(change.today(), change.settings(), rates);
    }

    /** The open rows after the changes: reconcile changed the rows in place; add the raised, drop the resolved. */
    private static List<SignalRow> stillOpen(List<SignalRow> rows, List<SignalChange> changes) {
        List<SignalRow> open = new ArrayList<>(rows);
        changes.stream().filter(c -> c.kind() == Kind.RAISED).forEach(c -> open.add(c.row()));
        open.removeIf(row -> !row.isOpen());
        return open;
    }

    /** Changes as a failure message shows them. */
    private static List<String> described(List<SignalChange> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.row().deduplicationKey).toList();
    }

    private static Map<String, Told> byKey(List<SignalChange> changes) {
        return changes.stream().map(Told::of).collect(Collectors.toMap(Told::key, t -> t, (a, b) -> {
            throw new AssertionError("two changes of " + a.key());
        }, TreeMap::new));
    }

    /**
     * Field-by-field copies: reconcile changes the rows it updates, and each path needs the store as it was. By
     * reflection, so that a column added to the row is copied (and compared) too.
     */
    private static List<SignalRow> copies(List<SignalRow> rows) {
        List<SignalRow> copies = new ArrayList<>(rows.size());
        for (SignalRow row : rows) {
            SignalRow copy = new SignalRow();
            COLUMNS.forEach(field -> set(field, copy, get(field, row)));
            copies.add(copy);
        }
        return copies;
    }

    private static List<String> differingFields(SignalRow row, SignalRow was) {
        return COLUMNS.stream().filter(field -> !Objects.equals(get(field, row), get(field, was)))
                .map(Field::getName).toList();
    }

    private static Object get(Field field, SignalRow row) {
        try {
            return field.get(row);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, SignalRow row, Object value) {
        try {
            field.set(row, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
