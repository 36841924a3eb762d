package nl.nazorg.events.client;

import java.time.LocalDate;

/**
 * A child (kind) in the client's household.
 *
 * @param childId     a stable id of the child within the client's household. Partner-facing topics refer to a child
 *                    by this id (e.g. the deduplication key of a CHILD_TURNS_18 signal), never by name
 * @param firstName   first name (roepnaam), for a personal e-mail
 * @param dateOfBirth date of birth (geboortedatum)
 */
public record Child(String childId, String firstName, LocalDate dateOfBirth) {
}
