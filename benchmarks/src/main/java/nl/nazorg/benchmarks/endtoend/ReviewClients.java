package nl.nazorg.benchmarks.endtoend;

import java.time.LocalDate;

import nl.nazorg.events.ClientDates;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * The firm's clients of the end-to-end scenario, as an adviser keeps them: a SILVER service subscription
 * (review every 12 months) last reviewed a month ago. The profile change that the scenario makes is the adviser
 * correcting the last review date to 13 months ago (minus the round number in days): the review is then overdue,
 * ANNUAL_REVIEW_DUE is raised and the firm's automatic campaign e-mails the client. A new date in every round is a
 * new signal (its due date is its key), so every round e-mails every client again.
 */
final class ReviewClients {

    static final String TENANT = "bench-e2e";
    static final String DOMAIN = "e2e.example.nl";
    static final String HEADER = "external_reference;first_name;last_name;date_of_birth;email;preferred_channel;"
            + "language;subscription_tier;subscription_start;last_review";

    private final LocalDate today = LocalDate.now(ClientDates.ZONE);
    private final LocalDate born = today.plusDays(180).minusYears(45);

    static String reference(int index) {
        return "E2E-" + index;
    }

    static String email(int index) {
        return "e2e-" + index + "@" + DOMAIN;
    }

    /** The client's row in the firm's CSV import. */
    String csvRow(int index) {
        return String.join(";", reference(index), "Eva" + index, "Visser", born.toString(), email(index), "EMAIL", "nl",
                "SILVER", "2020-01-01", today.minusMonths(1).toString());
    }

    /** The body of {@code PUT /api/v1/clients/{id}}: the same profile, last reviewed 13 months (+ round days) ago. */
    String overdueReviewJson(int index, int round) {
        return PlatformClient.toJson(java.util.Map.of(
                "externalReference", reference(index),
                "name", java.util.Map.of("firstName", "Eva" + index, "lastName", "Visser"),
                "dateOfBirth", born.toString(),
                "email", email(index),
                "preferredChannel", "EMAIL",
                "language", "nl",
                "subscription", java.util.Map.of("tier", "SILVER", "startDate", "2020-01-01",
                        "lastAnnualReviewDate", today.minusMonths(13).minusDays(round).toString())));
    }
}
