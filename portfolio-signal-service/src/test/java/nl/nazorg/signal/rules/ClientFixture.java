package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.nazorg.signal.model.Child;
import nl.nazorg.signal.model.ClientProfile;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.MarketRate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.NpsAnswer;
import nl.nazorg.signal.model.PaymentArrear;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.PreferredChannel;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.model.StatedWish;
import nl.nazorg.signal.model.Subscription;
import nl.nazorg.signal.model.SurveyFacts;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;

/** Test data: a client with nothing remarkable, to which each test adds the one fact it is about. */
final class ClientFixture {

    /** 15 March 2026, the "today" of most tests. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    LocalDate dateOfBirth = LocalDate.of(1980, 6, 1);
    final List<Child> children = new ArrayList<>();
    Subscription subscription = Subscription.none();
    BigDecimal minimumMonthlySaving;
    LocalDate plannedRetirementDate;
    final List<PaymentArrear> arrears = new ArrayList<>();
    Property property = new Property(eur("400000"), LocalDate.of(2025, 9, 1), false, null);
    final List<Mortgage> mortgages = new ArrayList<>();
    final List<Insurance> insurances = new ArrayList<>();
    boolean portfolioKnown = true;
    final List<StatedWish> wishes = new ArrayList<>();
    NpsAnswer nps;

    static ClientFixture client() {
        return new ClientFixture();
    }

    ClientFixture mortgage(Mortgage mortgage) {
        mortgages.add(mortgage);
        return this;
    }

    ClientFixture insurance(InsuranceType type) {
        insurances.add(new Insurance("INS-" + type, type, "VERZEKERAAR", null, null, null));
        return this;
    }

    ClientFixture marketValue(String value) {
        property = new Property(value == null ? null : eur(value), property.valuationDate(), property.forSale(),
                property.forSaleSince());
        return this;
    }

    ClientSnapshot snapshot() {
        ClientProfile profile = new ClientProfile(dateOfBirth, children, subscription, minimumMonthlySaving,
                plannedRetirementDate, PreferredChannel.EMAIL, arrears);
        Portfolio portfolio = portfolioKnown ? new Portfolio(property, mortgages, insurances) : null;
        return new ClientSnapshot("CL-1", profile, portfolio, new SurveyFacts(wishes, nps));
    }

    static Mortgage mortgage(String id, LocalDate termEnd, LoanPart... parts) {
        return new Mortgage(id, "ALFA", LocalDate.of(2021, 3, 15), termEnd, false, List.of(parts));
    }

    static Mortgage nhgMortgage(String id, LocalDate termEnd, LoanPart... parts) {
        return new Mortgage(id, "ALFA", LocalDate.of(2021, 3, 15), termEnd, true, List.of(parts));
    }

    static LoanPart part(String id, RepaymentType type, String outstanding, String original, String rate,
            LocalDate fixedEnd, Integer periodYears, RiskClass riskClass, String feeFreeShare) {
        return new LoanPart(id, type, eur(original), eur(outstanding), new BigDecimal(rate), fixedEnd, riskClass,
                feeFreeShare == null ? null : new BigDecimal(feeFreeShare), periodYears);
    }

    static EvaluationContext context(TenantSignalSettings settings, MarketRateTable... tables) {
        return new EvaluationContext(TODAY, settings, new MarketRates(List.of(tables)));
    }

    static EvaluationContext context(MarketRateTable... tables) {
        return context(TenantSignalSettings.defaults(), tables);
    }

    static EvaluationContext contextOn(LocalDate today) {
        return new EvaluationContext(today, TenantSignalSettings.defaults(), MarketRates.none());
    }

    static MarketRateTable table(String lender, MarketRate... rates) {
        return new MarketRateTable(lender, LocalDate.of(2026, 3, 1), List.of(rates));
    }

    static MarketRate rate(int years, RiskClass riskClass, String percent) {
        return new MarketRate(years, riskClass, new BigDecimal(percent));
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
