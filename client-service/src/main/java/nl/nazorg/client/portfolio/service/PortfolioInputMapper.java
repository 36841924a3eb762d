package nl.nazorg.client.portfolio.service;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.client.portfolio.rest.InsuranceInput;
import nl.nazorg.client.portfolio.rest.LoanPartInput;
import nl.nazorg.client.portfolio.rest.MortgageInput;
import nl.nazorg.client.portfolio.rest.PortfolioInput;
import nl.nazorg.client.portfolio.rest.PropertyInput;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.client.profile.service.ProfileInputMapper;
import nl.nazorg.client.profile.service.Text;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Property;

/**
 * A validated {@link PortfolioInput} as the stored (and published) portfolio. Ids not given are positional
 * ({@code m1}, {@code m1-p2}, {@code i3}): deterministic, so that importing the same file twice gives the same ids.
 */
public final class PortfolioInputMapper {

    private PortfolioInputMapper() {
    }

    public static PortfolioDocument toDocument(PortfolioInput input) {
        if (input == null) {
            return PortfolioDocument.EMPTY;
        }
        List<Mortgage> mortgages = new ArrayList<>();
        List<MortgageInput> givenMortgages = input.mortgages() == null ? List.of() : input.mortgages();
        for (int m = 0; m < givenMortgages.size(); m++) {
            mortgages.add(mortgage(givenMortgages.get(m), "m" + (m + 1)));
        }
        List<Insurance> insurances = new ArrayList<>();
        List<InsuranceInput> givenInsurances = input.insurances() == null ? List.of() : input.insurances();
        for (int i = 0; i < givenInsurances.size(); i++) {
            insurances.add(insurance(givenInsurances.get(i), "i" + (i + 1)));
        }
        return new PortfolioDocument(property(input.property()), mortgages, insurances);
    }

    private static Property property(PropertyInput input) {
        if (input == null) {
            return null;
        }
        return new Property(ProfileInputMapper.address(input.address()), Text.money(input.marketValue()),
                input.valuationDate(), Text.money(input.wozValue()), input.forSale(),
                input.forSale() ? input.forSaleSince() : null);
    }

    private static Mortgage mortgage(MortgageInput input, String defaultId) {
        String id = idOr(input.mortgageId(), defaultId);
        List<LoanPart> parts = new ArrayList<>();
        for (int p = 0; p < input.loanParts().size(); p++) {
            parts.add(loanPart(input.loanParts().get(p), id + "-p" + (p + 1)));
        }
        return new Mortgage(id, input.lender(), Text.clean(input.lenderReference()), input.startDate(),
                input.termEndDate(), input.nhg(), parts);
    }

    private static LoanPart loanPart(LoanPartInput input, String defaultId) {
        return new LoanPart(idOr(input.loanPartId(), defaultId), input.repaymentType(),
                Text.money(input.originalPrincipal()), Text.money(input.outstandingPrincipal()),
                Text.rate(input.interestRate()), input.fixedRatePeriodYears(), input.fixedRateEndDate(),
                input.riskClass(), Text.fraction(input.feeFreePrepaymentShare() == null
                        ? LoanPart.DEFAULT_FEE_FREE_PREPAYMENT_SHARE : input.feeFreePrepaymentShare()));
    }

    private static Insurance insurance(InsuranceInput input, String defaultId) {
        return new Insurance(idOr(input.insuranceId(), defaultId), input.type(), Text.clean(input.insurer()),
                Text.clean(input.policyNumber()), Text.money(input.coverage()), Text.money(input.monthlyPremium()),
                input.startDate(), input.endDate());
    }

    private static String idOr(String given, String fallback) {
        String id = Text.clean(given);
        return id == null ? fallback : id;
    }
}
