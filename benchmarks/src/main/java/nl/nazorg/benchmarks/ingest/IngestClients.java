package nl.nazorg.benchmarks.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.nazorg.events.ClientDates;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/**
 * The clients whose profile and portfolio events are ingested: each has an NHG mortgage with two fixed-rate parts at
 * 1,0% (no market rate beats it), building, travel and liability insurance but no contents insurance. Whatever order
 * the two events arrive in, the rules raise exactly one signal per client: MISSING_CONTENTS_INSURANCE.
 */
final class IngestClients {

    static final String TENANT = "bench-ingest";
    static final String EXPECTED_SIGNAL = "MISSING_CONTENTS_INSURANCE";

    private final LocalDate born = LocalDate.now(ClientDates.ZONE).plusDays(180).minusYears(40);
    private final LocalDate fixedRateEnd = LocalDate.now().plusYears(8).withDayOfMonth(1);

    static String prefix(int repetition) {
        return "in" + repetition + "-";
    }

    static String clientId(int repetition, int index) {
        return prefix(repetition) + String.format("%07d", index);
    }

    ClientProfile profile(String clientId) {
        return new ClientProfile(TENANT, clientId, 1, null, new PersonName(null, "Ingrid", null, "Inname"), null, born,
                null, null, null, null, null, Household.SINGLE, "adviser-1", Subscription.NONE, null, null, null,
                List.of(), Instant.now());
    }

    Portfolio portfolio(String clientId) {
        Mortgage mortgage = new Mortgage(clientId + "-M", "OWNBANK", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2050, 1, 1), true, List.of(part(clientId + "-1"), part(clientId + "-2")));
        List<Insurance> insurances = List.of(InsuranceType.BUILDING, InsuranceType.TRAVEL, InsuranceType.LIABILITY)
                .stream().map(type -> new Insurance(clientId + "-" + type, type, "Insurer", null, null,
                        new BigDecimal("10.00"), LocalDate.of(2020, 1, 1), null)).toList();
        return new Portfolio(TENANT, clientId, 1, null, List.of(mortgage), insurances, Instant.now());
    }

    private LoanPart part(String id) {
        return new LoanPart(id, RepaymentType.ANNUITY, new BigDecimal("160000.00"), new BigDecimal("150000.00"),
                new BigDecimal("1.000"), 10, fixedRateEnd, RiskClass.NHG, null);
    }
}
