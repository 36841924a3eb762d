package nl.nazorg.client.consent.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.nazorg.client.validation.SingleLine;
import nl.nazorg.client.validation.SourceCode;
import nl.nazorg.events.consent.ConsentStatus;

/**
 * A change of marketing e-mail consent. OPTED_IN is an explicit opt-in (legal basis CONSENT) and needs the moment it
 * was given; SOFT_OPT_IN (legal basis EXISTING_CUSTOMER) needs its conditions; WITHDRAWN and OBJECTED take effect at
 * once (effectiveAt defaults to now).
 *
 * @param source    where it came from, as a code: {@code intake-form}, {@code adviser}, {@code phone-call}, …
 * @param reference a document or form id behind it, optional
 */
public record ConsentInput(
        @NotNull ConsentStatus status,
        @NotNull @SourceCode String source,
        Instant effectiveAt,
        @Valid SoftOptInConditions softOptIn,
        @Size(max = 200) @SingleLine String reference) {

    @JsonIgnore
    @AssertTrue(message = "an explicit opt-in needs effectiveAt, the moment the client gave it")
    public boolean isOptInTimed() {
        return status != ConsentStatus.OPTED_IN || effectiveAt != null;
    }

    @JsonIgnore
    @AssertTrue(message = "a soft opt-in needs softOptIn conditions; other statuses take none")
    public boolean isSoftOptInConsistent() {
        return (status == ConsentStatus.SOFT_OPT_IN) == (softOptIn != null);
    }
}
