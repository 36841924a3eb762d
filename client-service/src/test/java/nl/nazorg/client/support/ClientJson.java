package nl.nazorg.client.support;

/** Request bodies as an adviser front end would send them. */
public final class ClientJson {

    private ClientJson() {
    }

    public static String profile(String externalReference, String email) {
        return """
                {
                  "externalReference": "%s",
                  "name": {"initials": "J.P.", "firstName": "Jan", "lastNamePrefix": "van der", "lastName": "Berg"},
                  "salutation": "MR",
                  "dateOfBirth": "1975-03-14",
                  "email": "%s",
                  "phone": "+31612345678",
                  "correspondenceAddress": {"street": "Keizersgracht", "houseNumber": 12, "houseNumberAddition": "A",
                                            "postalCode": "1015 CJ", "city": "Amsterdam"},
                  "preferredChannel": "EMAIL",
                  "language": "nl",
                  "household": {
                    "partner": {"name": {"firstName": "Marieke", "lastName": "Jansen"}, "dateOfBirth": "1977-08-01"},
                    "children": [{"firstName": "Sanne", "dateOfBirth": "2008-05-02"},
                                 {"firstName": "Tim", "dateOfBirth": "2011-11-30"}]
                  },
                  "adviserId": "adviser-1",
                  "subscription": {"tier": "GOLD", "startDate": "2020-01-01", "lastAnnualReviewDate": "2025-06-01"},
                  "minimumMonthlySaving": 150,
                  "plannedRetirementDate": "2040-04-01"
                }
                """.formatted(externalReference, email);
    }

    public static String portfolio() {
        return portfolio("425000.00", false);
    }

    public static String portfolio(String marketValue, boolean forSale) {
        return """
                {
                  "property": {"address": {"street": "Keizersgracht", "houseNumber": 12, "postalCode": "1015 CJ",
                                           "city": "Amsterdam"},
                               "marketValue": %s, "valuationDate": "2025-01-15", "wozValue": 398000,
                               "forSale": %s%s},
                  "mortgages": [{
                    "lender": "ABN_AMRO", "lenderReference": "L-123", "startDate": "2019-06-01",
                    "termEndDate": "2049-06-01", "nhg": false,
                    "loanParts": [
                      {"repaymentType": "ANNUITY", "originalPrincipal": 250000, "outstandingPrincipal": 221345.67,
                       "interestRate": 4.85, "fixedRatePeriodYears": 10, "fixedRateEndDate": "2029-06-01",
                       "riskClass": "LTV_90"},
                      {"repaymentType": "INTEREST_ONLY", "originalPrincipal": 100000, "outstandingPrincipal": 100000,
                       "interestRate": 2.1, "fixedRatePeriodYears": 5, "fixedRateEndDate": "2026-12-01",
                       "riskClass": "LTV_90", "feeFreePrepaymentShare": 0.15}
                    ]}],
                  "insurances": [
                    {"type": "BUILDING", "insurer": "NN", "monthlyPremium": 24.5, "startDate": "2019-06-01"},
                    {"type": "TERM_LIFE", "insurer": "NN", "policyNumber": "P-9", "coverage": 350000,
                     "monthlyPremium": 31.2, "startDate": "2019-06-01", "endDate": "2049-06-01"}
                  ]
                }
                """.formatted(marketValue, forSale, forSale ? ", \"forSaleSince\": \"2026-01-10\"" : "");
    }

    public static String newClient(String externalReference, String email) {
        return "{\"profile\": " + profile(externalReference, email) + ", \"portfolio\": " + portfolio() + "}";
    }
}
