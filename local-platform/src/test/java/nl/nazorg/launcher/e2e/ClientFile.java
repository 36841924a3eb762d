package nl.nazorg.launcher.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.nazorg.events.ClientDates;

/**
 * A client as an adviser enters it in client-service: a profile and a portfolio with one home and one mortgage,
 * built as the JSON the adviser front end sends. Dates are relative to today (Europe/Amsterdam), so a story means
 * the same on any day it runs.
 */
public final class ClientFile {

    private final String reference = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
    private final String firstName;
    private final String email;
    private String channel = "EMAIL";
    private String adviser = "adviser-e2e";
    private String minimumSaving = "100";
    private boolean forSale;
    private final List<Part> loanParts = new ArrayList<>();
    private final List<String> insurances = new ArrayList<>(List.of("BUILDING", "CONTENTS", "TRAVEL", "LIABILITY"));

    private ClientFile(String firstName) {
        this.firstName = firstName;
        this.email = firstName.toLowerCase() + "." + reference.toLowerCase() + "@example.nl";
    }

    public static ClientFile named(String firstName) {
        return new ClientFile(firstName);
    }

    public static LocalDate today() {
        return LocalDate.now(ClientDates.ZONE);
    }

    public ClientFile prefers(String preferredChannel) {
        this.channel = preferredChannel;
        return this;
    }

    public ClientFile adviser(String adviserId) {
        this.adviser = adviserId;
        return this;
    }

    public ClientFile minimumSaving(String euros) {
        this.minimumSaving = euros;
        return this;
    }

    public ClientFile forSale(boolean listed) {
        this.forSale = listed;
        return this;
    }

    public ClientFile without(String insuranceType) {
        insurances.remove(insuranceType);
        return this;
    }

    /** An annuity part whose fixed-rate period ends on {@code fixedRateEnd}. */
    public ClientFile fixedRatePart(String outstanding, String rate, LocalDate fixedRateEnd) {
        loanParts.add(new Part(outstanding, rate, fixedRateEnd));
        return this;
    }

    /** Moves the end of every fixed-rate period to {@code fixedRateEnd}. */
    public ClientFile fixedRateEndingOn(LocalDate fixedRateEnd) {
        loanParts.replaceAll(part -> part.fixedRateEnd() == null ? part
                : new Part(part.outstanding(), part.rate(), fixedRateEnd));
        return this;
    }

    /** An annuity part at a variable rate: no fixed-rate period, so no prepayment fee when it is refinanced. */
    public ClientFile variableRatePart(String outstanding, String rate) {
        loanParts.add(new Part(outstanding, rate, null));
        return this;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    /** The body of {@code POST /api/v1/clients}. */
    public String json() {
        return "{\"profile\": " + profileJson() + ", \"portfolio\": " + portfolioJson() + "}";
    }

    public String profileJson() {
        return """
                {"externalReference": "%s", "name": {"firstName": "%s", "lastName": "Visser"}, "salutation": "MR",
                 "dateOfBirth": "1978-04-12", "email": "%s", "preferredChannel": "%s", "language": "nl",
                 "adviserId": "%s", "subscription": {"tier": "SILVER", "startDate": "2020-01-01",
                 "lastAnnualReviewDate": "%s"}, "minimumMonthlySaving": %s}"""
                .formatted(reference, firstName, email, channel, adviser, today().minusMonths(1), minimumSaving);
    }

    public String portfolioJson() {
        String insuranceJson = String.join(", ", insurances.stream().map(type -> """
                {"type": "%s", "insurer": "NN", "monthlyPremium": 12.5, "startDate": "2020-01-01"}""".formatted(type))
                .toList());
        return """
                {"property": {"address": {"street": "Prinsengracht", "houseNumber": 7, "postalCode": "1015 DK",
                              "city": "Amsterdam"}, "marketValue": 450000, "valuationDate": "%s",
                              "forSale": %s%s},
                 "mortgages": [{"lender": "ING", "startDate": "2020-01-01", "termEndDate": "%s", "nhg": false,
                                "loanParts": [%s]}],
                 "insurances": [%s]}"""
                .formatted(today().minusMonths(2), forSale, forSale ? ", \"forSaleSince\": \"" + today() + "\"" : "",
                        today().plusYears(25).withDayOfMonth(1),
                        String.join(", ", loanParts.stream().map(Part::json).toList()), insuranceJson);
    }

    /** An annuity loan part; no fixed-rate end means a variable rate. */
    private record Part(String outstanding, String rate, LocalDate fixedRateEnd) {

        String json() {
            String fixedRate = fixedRateEnd == null ? "\"fixedRatePeriodYears\": 10"
                    : "\"fixedRateEndDate\": \"" + fixedRateEnd + "\"";
            return """
                    {"repaymentType": "ANNUITY", "originalPrincipal": 300000, "outstandingPrincipal": %s,
                     "interestRate": %s, "riskClass": "LTV_80", %s}""".formatted(outstanding, rate, fixedRate);
        }
    }
}
