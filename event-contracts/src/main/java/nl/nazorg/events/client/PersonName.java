package nl.nazorg.events.client;

/**
 * A Dutch person's name, in the parts a letter salutation needs ("Geachte heer Van der Berg", "Beste Jan").
 *
 * @param initials       initials (voorletters), e.g. {@code J.P.}
 * @param firstName      the first name the person goes by (roepnaam), e.g. {@code Jan}
 * @param lastNamePrefix the surname prefix (tussenvoegsel), e.g. {@code van der}; absent when there is none
 * @param lastName       the surname without its prefix (achternaam), e.g. {@code Berg}; required
 */
public record PersonName(String initials, String firstName, String lastNamePrefix, String lastName) {
}
