package nl.nazorg.client.csv.format;

import static nl.nazorg.client.csv.format.CsvColumns.child;
import static nl.nazorg.client.csv.format.CsvColumns.insurance;
import static nl.nazorg.client.csv.format.CsvColumns.part;

import java.util.ArrayList;
import java.util.List;

import nl.nazorg.client.portfolio.rest.InsuranceInput;
import nl.nazorg.client.portfolio.rest.LoanPartInput;
import nl.nazorg.client.portfolio.rest.MortgageInput;
import nl.nazorg.client.portfolio.rest.PortfolioInput;
import nl.nazorg.client.portfolio.rest.PropertyInput;
import nl.nazorg.client.profile.rest.AddressInput;
import nl.nazorg.client.profile.rest.ChildInput;
import nl.nazorg.client.profile.rest.ClientInput;
import nl.nazorg.client.profile.rest.HouseholdInput;
import nl.nazorg.client.profile.rest.NameInput;
import nl.nazorg.client.profile.rest.PartnerInput;
import nl.nazorg.client.profile.rest.SubscriptionInput;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/** Reads one CSV row into an {@link ImportRow}; unreadable cells are collected in the {@link CsvCells}. */
public final class CsvRowReader {

    private CsvRowReader() {
    }

    public static ImportRow read(CsvTable.Row row, CsvCells cells) {
        ImportRow.ArrearsColumns arrears = cells.has("arrears_missed_date") || cells.has("arrears_amount")
                ? new ImportRow.ArrearsColumns(cells.date("arrears_missed_date"), cells.decimal("arrears_amount"),
                cells.date("arrears_resolved_date"), cells.text("arrears_reported_by"))
                : null;
        return new ImportRow(row.line(), profile(cells), portfolio(cells), consent(cells), arrears);
    }

    private static ClientInput profile(CsvCells c) {
        AddressInput address = c.has("street") || c.has("postal_code") ? new AddressInput(c.text("street"),
                houseNumber(c, "house_number"), c.text("house_number_addition"), c.text("postal_code"),
                c.text("city"), c.text("country")) : null;
        PartnerInput partner = c.has("partner_last_name") || c.has("partner_first_name")
                ? new PartnerInput(new NameInput(c.text("partner_initials"), c.text("partner_first_name"),
                c.text("partner_last_name_prefix"), c.text("partner_last_name")), c.date("partner_date_of_birth"))
                : null;
        List<ChildInput> children = new ArrayList<>();
        for (int n = 1; n <= CsvColumns.CHILDREN; n++) {
            if (c.has(child(n, "first_name")) || c.has(child(n, "date_of_birth"))) {
                children.add(new ChildInput(null, c.text(child(n, "first_name")), c.date(child(n, "date_of_birth"))));
            }
        }
        SubscriptionTier tier = c.enumeration("subscription_tier", SubscriptionTier.class);
        SubscriptionInput subscription = tier == null ? null
                : new SubscriptionInput(tier, c.date("subscription_start"), c.date("last_review"));
        Language language = null;
        if (c.has("language")) {
            try {
                language = Language.ofCode(c.text("language"));
            } catch (IllegalArgumentException e) {
                c.error("language", "not nl or en");
            }
        }
        return new ClientInput(c.text("external_reference"),
                new NameInput(c.text("initials"), c.text("first_name"), c.text("last_name_prefix"),
                        c.text("last_name")),
                c.enumeration("salutation", Salutation.class), c.date("date_of_birth"), c.text("email"),
                c.phone("phone"), address, c.enumeration("preferred_channel", ContactChannel.class), language,
                partner == null && children.isEmpty() ? null : new HouseholdInput(partner, children),
                c.text("adviser"), subscription, c.decimal("minimum_monthly_saving"),
                c.date("planned_retirement_date"));
    }

    private static PortfolioInput portfolio(CsvCells c) {
        PropertyInput property = null;
        if (c.has("property_postal_code") || c.has("market_value") || c.has("property_street")) {
            AddressInput address = c.has("property_postal_code") ? new AddressInput(c.text("property_street"),
                    houseNumber(c, "property_house_number"), c.text("property_house_number_addition"),
                    c.text("property_postal_code"), c.text("property_city"), null)
                    // No separate address: the home is the correspondence address, as for most clients.
                    : new AddressInput(c.text("street"), houseNumber(c, "house_number"),
                    c.text("house_number_addition"), c.text("postal_code"), c.text("city"), c.text("country"));
            property = new PropertyInput(address, c.decimal("market_value"), c.date("valuation_date"),
                    c.decimal("woz_value"), c.bool("for_sale"), c.date("for_sale_since"));
        }
        List<MortgageInput> mortgages = new ArrayList<>();
        if (c.has("mortgage_lender")) {
            List<LoanPartInput> parts = new ArrayList<>();
            for (int n = 1; n <= CsvColumns.LOAN_PARTS; n++) {
                if (c.has(part(n, "repayment_type")) || c.has(part(n, "original_principal"))) {
                    parts.add(new LoanPartInput(null, c.enumeration(part(n, "repayment_type"), RepaymentType.class),
                            c.decimal(part(n, "original_principal")), c.decimal(part(n, "outstanding_principal")),
                            c.decimal(part(n, "interest_rate")), c.integer(part(n, "fixed_rate_years")),
                            c.date(part(n, "fixed_rate_end")), c.enumeration(part(n, "risk_class"), RiskClass.class),
                            c.decimal(part(n, "fee_free_share"))));
                }
            }
            mortgages.add(new MortgageInput(null, c.text("mortgage_lender"), c.text("mortgage_reference"),
                    c.date("mortgage_start"), c.date("mortgage_term_end"), c.bool("mortgage_nhg"), parts));
        }
        List<InsuranceInput> insurances = new ArrayList<>();
        for (int n = 1; n <= CsvColumns.INSURANCES; n++) {
            if (c.has(insurance(n, "type"))) {
                insurances.add(new InsuranceInput(null, c.enumeration(insurance(n, "type"), InsuranceType.class),
                        c.text(insurance(n, "insurer")), c.text(insurance(n, "policy_number")),
                        c.decimal(insurance(n, "coverage")), c.decimal(insurance(n, "monthly_premium")),
                        c.date(insurance(n, "start")), c.date(insurance(n, "end"))));
            }
        }
        return new PortfolioInput(property, mortgages, insurances);
    }

    private static ImportRow.ConsentColumns consent(CsvCells c) {
        ConsentStatus status = c.enumeration("consent_status", ConsentStatus.class);
        if (status == null) {
            return null;
        }
        String source = c.has("consent_source") ? c.text("consent_source") : "import";
        return new ImportRow.ConsentColumns(status, source, c.date("consent_date"), c.date("soft_opt_in_sale_date"));
    }

    private static int houseNumber(CsvCells c, String column) {
        Integer number = c.integer(column);
        return number == null ? 0 : number;
    }
}
