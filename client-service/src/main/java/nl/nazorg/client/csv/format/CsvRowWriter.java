package nl.nazorg.client.csv.format;

import static nl.nazorg.client.csv.format.CsvColumns.child;
import static nl.nazorg.client.csv.format.CsvColumns.insurance;
import static nl.nazorg.client.csv.format.CsvColumns.part;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.client.Address;
import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;

/**
 * Writes one client as a CSV row in the import format, so that an export imports again unchanged. Only the first
 * mortgage and the columns the format has are written (README: CSV limits).
 */
public final class CsvRowWriter {

    private CsvRowWriter() {
    }

    public static String header(char separator) {
        return String.join(String.valueOf(separator), CsvColumns.all());
    }

    public static String row(Client client, char separator) {
        Map<String, Object> v = new HashMap<>();
        v.put("external_reference", client.externalReference);
        v.put("initials", client.initials);
        v.put("first_name", client.firstName);
        v.put("last_name_prefix", client.lastNamePrefix);
        v.put("last_name", client.lastName);
        v.put("salutation", client.salutation);
        v.put("date_of_birth", client.dateOfBirth);
        v.put("email", client.email);
        v.put("phone", client.phone);
        Address address = ClientDocuments.correspondenceAddress(client);
        if (address != null) {
            v.put("street", address.street());
            v.put("house_number", address.houseNumber());
            v.put("house_number_addition", address.houseNumberAddition());
            v.put("postal_code", address.postalCode());
            v.put("city", address.city());
            v.put("country", address.countryCode());
        }
        v.put("preferred_channel", client.preferredChannel);
        v.put("language", client.language);
        v.put("adviser", client.adviserId);
        v.put("subscription_tier", client.subscriptionTier);
        v.put("subscription_start", client.subscriptionStart);
        v.put("last_review", client.lastAnnualReview);
        v.put("minimum_monthly_saving", client.minimumMonthlySaving);
        v.put("planned_retirement_date", client.plannedRetirementDate);
        Household household = ClientDocuments.household(client);
        if (household.partner() != null) {
            v.put("partner_initials", household.partner().name().initials());
            v.put("partner_first_name", household.partner().name().firstName());
            v.put("partner_last_name_prefix", household.partner().name().lastNamePrefix());
            v.put("partner_last_name", household.partner().name().lastName());
            v.put("partner_date_of_birth", household.partner().dateOfBirth());
        }
        List<Child> children = household.children();
        for (int n = 1; n <= Math.min(children.size(), CsvColumns.CHILDREN); n++) {
            v.put(child(n, "first_name"), children.get(n - 1).firstName());
            v.put(child(n, "date_of_birth"), children.get(n - 1).dateOfBirth());
        }
        v.put("consent_status", client.consentStatus);
        v.put("consent_source", client.consentSource);
        v.put("consent_date", client.consentSince == null ? null
                : client.consentSince.atZone(ClientDates.ZONE).toLocalDate());
        ClientDocuments.arrears(client).stream()
                .max(java.util.Comparator.comparing(nl.nazorg.client.profile.domain.ArrearsFact::missedPaymentDate))
                .ifPresent(arrears -> {
                    v.put("arrears_missed_date", arrears.missedPaymentDate());
                    v.put("arrears_amount", arrears.amount());
                    v.put("arrears_resolved_date", arrears.resolvedDate());
                    v.put("arrears_reported_by", arrears.reportedBy());
                });
        v.put("soft_opt_in_sale_date", client.consentSaleDate);
        portfolio(ClientDocuments.portfolio(client), v);
        StringJoiner line = new StringJoiner(String.valueOf(separator));
        for (String column : CsvColumns.all()) {
            Object value = v.get(column);
            line.add(value == null ? "" : quoted(cell(value), separator));
        }
        return line.toString();
    }

    private static void portfolio(PortfolioDocument portfolio, Map<String, Object> v) {
        if (portfolio.property() != null) {
            Address home = portfolio.property().address();
            v.put("property_street", home.street());
            v.put("property_house_number", home.houseNumber());
            v.put("property_house_number_addition", home.houseNumberAddition());
            v.put("property_postal_code", home.postalCode());
            v.put("property_city", home.city());
            v.put("market_value", portfolio.property().marketValue());
            v.put("valuation_date", portfolio.property().valuationDate());
            v.put("woz_value", portfolio.property().wozValue());
            v.put("for_sale", portfolio.property().forSale());
            v.put("for_sale_since", portfolio.property().forSaleSince());
        }
        if (!portfolio.mortgages().isEmpty()) {
            Mortgage mortgage = portfolio.mortgages().get(0);
            v.put("mortgage_lender", mortgage.lender());
            v.put("mortgage_reference", mortgage.lenderReference());
            v.put("mortgage_start", mortgage.startDate());
            v.put("mortgage_term_end", mortgage.termEndDate());
            v.put("mortgage_nhg", mortgage.nhg());
            for (int n = 1; n <= Math.min(mortgage.loanParts().size(), CsvColumns.LOAN_PARTS); n++) {
                LoanPart p = mortgage.loanParts().get(n - 1);
                v.put(part(n, "repayment_type"), p.repaymentType());
                v.put(part(n, "original_principal"), p.originalPrincipal());
                v.put(part(n, "outstanding_principal"), p.outstandingPrincipal());
                v.put(part(n, "interest_rate"), p.interestRate());
                v.put(part(n, "fixed_rate_years"), p.fixedRatePeriodYears());
                v.put(part(n, "fixed_rate_end"), p.fixedRateEndDate());
                v.put(part(n, "risk_class"), p.riskClass());
                v.put(part(n, "fee_free_share"), p.feeFreePrepaymentShare());
            }
        }
        for (int n = 1; n <= Math.min(portfolio.insurances().size(), CsvColumns.INSURANCES); n++) {
            Insurance i = portfolio.insurances().get(n - 1);
            v.put(insurance(n, "type"), i.type());
            v.put(insurance(n, "insurer"), i.insurer());
            v.put(insurance(n, "policy_number"), i.policyNumber());
            v.put(insurance(n, "coverage"), i.coverage());
            v.put(insurance(n, "monthly_premium"), i.monthlyPremium());
            v.put(insurance(n, "start"), i.startDate());
            v.put(insurance(n, "end"), i.endDate());
        }
    }

    /** Free text escaped against formulas; typed values (numbers, dates, yes/no, enums) as they are (FormulaEscape). */
    private static String cell(Object value) {
        return value instanceof String text ? FormulaEscape.escaped(text) : value.toString();
    }

    private static String quoted(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
