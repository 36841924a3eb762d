package nl.nazorg.client.csv.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the client CSV: one row per client, numbered columns for children, loan parts and insurances.
 * Export writes them all in this order; import accepts any subset in any order (external_reference and last_name
 * are required).
 */
public final class CsvColumns {

    public static final int CHILDREN = 4;
    public static final int LOAN_PARTS = 3;
    public static final int INSURANCES = 5;

    public static final List<String> CLIENT = List.of("external_reference", "initials", "first_name",
            "last_name_prefix", "last_name", "salutation", "date_of_birth", "email", "phone", "street",
            "house_number", "house_number_addition", "postal_code", "city", "country", "preferred_channel",
            "language", "adviser", "subscription_tier", "subscription_start", "last_review",
            "minimum_monthly_saving", "planned_retirement_date", "partner_initials", "partner_first_name",
            "partner_last_name_prefix", "partner_last_name", "partner_date_of_birth");

    public static final List<String> CONSENT = List.of("consent_status", "consent_source", "consent_date",
            "soft_opt_in_sale_date");

    /** One payment-arrears fact per row (the latest); more are entered through the API. */
    public static final List<String> ARREARS = List.of("arrears_missed_date", "arrears_amount",
            "arrears_resolved_date", "arrears_reported_by");

    public static final List<String> PROPERTY = List.of("property_street", "property_house_number",
            "property_house_number_addition", "property_postal_code", "property_city", "market_value",
            "valuation_date", "woz_value", "for_sale", "for_sale_since");

    public static final List<String> MORTGAGE = List.of("mortgage_lender", "mortgage_reference", "mortgage_start",
            "mortgage_term_end", "mortgage_nhg");

    public static final List<String> LOAN_PART = List.of("repayment_type", "original_principal",
            "outstanding_principal", "interest_rate", "fixed_rate_years", "fixed_rate_end", "risk_class",
            "fee_free_share");

    public static final List<String> INSURANCE = List.of("type", "insurer", "policy_number", "coverage",
            "monthly_premium", "start", "end");

    private CsvColumns() {
    }

    public static String child(int n, String column) {
        return "child" + n + "_" + column;
    }

    public static String part(int n, String column) {
        return "part" + n + "_" + column;
    }

    public static String insurance(int n, String column) {
        return "insurance" + n + "_" + column;
    }

    /** Every column, in export order. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(CLIENT);
        for (int n = 1; n <= CHILDREN; n++) {
            all.add(child(n, "first_name"));
            all.add(child(n, "date_of_birth"));
        }
        all.addAll(CONSENT);
        all.addAll(ARREARS);
        all.addAll(PROPERTY);
        all.addAll(MORTGAGE);
        for (int n = 1; n <= LOAN_PARTS; n++) {
            for (String column : LOAN_PART) {
                all.add(part(n, column));
            }
        }
        for (int n = 1; n <= INSURANCES; n++) {
            for (String column : INSURANCE) {
                all.add(insurance(n, column));
            }
        }
        return List.copyOf(all);
    }
}
