package nl.nazorg.signal.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.PaymentArrears;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.Property;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/** Contract records of one test client, as client-service would publish them (today is 15 March 2026). */
public final class Clients {

    public static final String TENANT = "firm-a";
    public static final String ADVISER = "adviser-1";

    private Clients() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public static ClientProfile profile(String clientId, long version) {
        return profile(clientId, version, new BigDecimal("100.00"), List.of());
    }

    public static ClientProfile profile(String clientId, long version, BigDecimal minimumSaving,
            List<PaymentArrears> arrears) {
        return new ClientProfile(TENANT, clientId, version, null, new PersonName("J.", "Jan", null, "Jansen"), null,
                LocalDate.of(1980, 5, 1), "jan@example.nl", null, null, null, null, Household.SINGLE, ADVISER,
                Subscription.NONE, minimumSaving, null, null, arrears, Instant.parse("2026-03-01T10:00:00Z"));
    }

    public static PaymentArrears openArrears() {
        return new PaymentArrears(LocalDate.of(2026, 2, 20), new BigDecimal("1450.00"), false, null, "ING", null);
    }

    /**
     * A home worth € 400.000 with € 280.000 of debt (70%: class LTV_80, so € 120.000 equity), one annuity part at
     * 4,5% whose fixed-rate period ends on 1 July 2026 (within six months), a building insurance and nothing else.
     */
    public static Portfolio portfolio(String clientId, long version) {
        return portfolio(clientId, version, "280000.00", LocalDate.of(2026, 7, 1));
    }

    public static Portfolio portfolio(String clientId, long version, String outstanding, LocalDate fixedRateEnd) {
        LoanPart part = new LoanPart(clientId + "-L1", RepaymentType.ANNUITY, new BigDecimal("300000.00"),
                new BigDecimal(outstanding), new BigDecimal("4.500"), 10, fixedRateEnd, RiskClass.LTV_80, null);
        Mortgage mortgage = new Mortgage(clientId + "-M1", "ING", "ING-123", LocalDate.of(2020, 1, 1),
                LocalDate.of(2050, 1, 1), false, List.of(part));
        Address address = new Address("Dorpsstraat", 1, null, "1234AB", "Utrecht", null);
        Property home = new Property(address, new BigDecimal("400000.00"), LocalDate.of(2025, 6, 1),
                new BigDecimal("380000.00"), false, null);
        Insurance building = new Insurance(clientId + "-I1", InsuranceType.BUILDING, "Centraal Beheer", "P-1", null,
                new BigDecimal("25.00"), LocalDate.of(2020, 1, 1), null);
        return new Portfolio(TENANT, clientId, version, home, List.of(mortgage), List.of(building),
                Instant.parse("2026-03-01T10:00:00Z"));
    }
}
