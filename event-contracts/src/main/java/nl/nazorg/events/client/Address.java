package nl.nazorg.events.client;

/**
 * A Dutch postal address (adres), in the parts of the Dutch address register (BAG).
 *
 * @param street              street name (straatnaam)
 * @param houseNumber         house number (huisnummer)
 * @param houseNumberAddition house letter or addition (huisletter/huisnummertoevoeging), e.g. {@code A} or
 *                            {@code 2-hoog}; absent when there is none
 * @param postalCode          postal code (postcode), e.g. {@code 1234 AB}
 * @param city                town (woonplaats)
 * @param countryCode         ISO 3166-1 alpha-2 country code; {@code NL} when absent
 */
public record Address(String street, int houseNumber, String houseNumberAddition, String postalCode, String city,
                      String countryCode) {

    /** Applies the default country, NL. */
    public Address {
        if (countryCode == null) {
            countryCode = "NL";
        }
    }
}
