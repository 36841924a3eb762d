package nl.nazorg.events.client;

import java.time.LocalDate;

/**
 * The client's partner (partner) in the household.
 *
 * @param name        the partner's name
 * @param dateOfBirth date of birth (geboortedatum); absent when unknown
 */
public record Partner(PersonName name, LocalDate dateOfBirth) {
}
