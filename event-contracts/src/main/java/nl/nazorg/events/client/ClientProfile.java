package nl.nazorg.events.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.consent.MarketingEmailConsent;
import nl.nazorg.events.internal.Copies;

/**
 * The full current profile of one client (klantprofiel) on {@code client-profiles.v1}: state-carried, so each record
 * replaces the previous one for the same clientId, and the compacted topic holds every client's latest profile.
 * A tombstone (a record with this key and a null value) means the client was erased (AVG art. 17); consumers then
 * delete everything they hold about the client.
 * <p>
 * Personal data travels only here (DESIGN.md §2); partner-facing topics refer to the client by clientId.
 *
 * @param tenantId              the advisory firm (adviseurskantoor)
 * @param clientId              Nazorg's id of the client; the record key
 * @param version               per-client version, increased by one on every change; a consumer ignores a profile
 *                              whose version is not above the one it holds (stale or replayed update)
 * @param externalReference     the firm's own client number (relatienummer) in its CRM, when it has one
 * @param name                  the client's name
 * @param salutation            the letter salutation (aanhef); {@link Salutation#NEUTRAL} when absent
 * @param dateOfBirth           date of birth (geboortedatum); the state-pension (AOW) date derives from it
 * @param email                 e-mail address; absent when unknown
 * @param phone                 phone number in E.164 form, e.g. {@code +31612345678}; absent when unknown
 * @param correspondenceAddress postal address for letters (correspondentieadres); absent when unknown
 * @param preferredChannel      preferred contact channel (voorkeurskanaal)
 * @param language              language of every message (taal); Dutch when absent
 * @param household             partner and children (huishouden); a household of one when absent
 * @param adviserId             the assigned adviser (vaste adviseur); absent when none is assigned
 * @param subscription          the service subscription (serviceabonnement); NONE when absent
 * @param minimumMonthlySaving  the smallest gross monthly saving, in euros, the client wants to be contacted about
 *                              (minimale maandbesparing); €100.00 when absent
 * @param plannedRetirementDate the date the client plans to stop working (geplande pensioendatum); absent: use the
 *                              state-pension (AOW) date derived from the date of birth
 * @param marketingEmailConsent consent for marketing e-mail (toestemming); NOT_GIVEN when absent
 * @param paymentArrears        missed payments reported by partners (betalingsachterstanden), resolved ones included
 * @param updatedAt             when this version of the profile was made
 */
public record ClientProfile(
        String tenantId,
        String clientId,
        long version,
        String externalReference,
        PersonName name,
        Salutation salutation,
        LocalDate dateOfBirth,
        String email,
        String phone,
        Address correspondenceAddress,
        ContactChannel preferredChannel,
        Language language,
        Household household,
        String adviserId,
        Subscription subscription,
        BigDecimal minimumMonthlySaving,
        LocalDate plannedRetirementDate,
        MarketingEmailConsent marketingEmailConsent,
        List<PaymentArrears> paymentArrears,
        Instant updatedAt) implements EventPayload {

    /** The minimum monthly saving a client is contacted about unless the client chose otherwise (DESIGN.md §3). */
    public static final BigDecimal DEFAULT_MINIMUM_MONTHLY_SAVING = new BigDecimal("100.00");

    /** Applies the documented defaults of absent fields, so a reader never meets a null where one is documented. */
    public ClientProfile {
        if (salutation == null) {
            salutation = Salutation.NEUTRAL;
        }
        if (language == null) {
            language = Language.NL;
        }
        if (household == null) {
            household = Household.SINGLE;
        }
        if (subscription == null) {
            subscription = Subscription.NONE;
        }
        if (minimumMonthlySaving == null) {
            minimumMonthlySaving = DEFAULT_MINIMUM_MONTHLY_SAVING;
        }
        if (marketingEmailConsent == null) {
            marketingEmailConsent = MarketingEmailConsent.notGiven();
        }
        paymentArrears = Copies.list(paymentArrears);
    }

    @Override
    public String partitionKey() {
        return clientId;
    }
}
