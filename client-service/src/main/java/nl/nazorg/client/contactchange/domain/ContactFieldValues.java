package nl.nazorg.client.contactchange.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.service.PhoneNumbers;
import nl.nazorg.client.profile.service.Text;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.ProfileField;

/**
 * Reads one requested contact-detail value (text in the field's JSON form) with the same rules as REST input, into the
 * edit that applies it to a client.
 */
final class ContactFieldValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    private ContactFieldValues() {
    }

    static Consumer<Client> edit(ProfileField field, String raw) {
        String value = Text.clean(raw);
        if (value == null) {
            throw invalid(field);
        }
        try {
            return switch (field) {
                case EMAIL -> {
                    if (value.length() > 254 || !EMAIL.matcher(value).matches()) {
                        throw invalid(field);
                    }
                    yield client -> client.email = value;
                }
                case PHONE -> {
                    String phone = PhoneNumbers.normalized(value).orElseThrow(() -> invalid(field));
                    yield client -> client.phone = phone;
                }
                case PREFERRED_CHANNEL -> {
                    ContactChannel channel = ContactChannel.valueOf(value);
                    yield client -> client.preferredChannel = channel;
                }
                case LANGUAGE -> {
                    String code = Language.ofCode(value).code();
                    yield client -> client.language = code;
                }
                case PLANNED_RETIREMENT_DATE -> {
                    LocalDate date = LocalDate.parse(value);
                    yield client -> client.plannedRetirementDate = date;
                }
                case MINIMUM_MONTHLY_SAVING -> {
                    BigDecimal amount = new BigDecimal(value);
                    if (amount.signum() < 0 || amount.scale() > 2) {
                        throw invalid(field);
                    }
                    BigDecimal money = Text.money(amount);
                    yield client -> client.minimumMonthlySaving = money;
                }
                case UNKNOWN -> client -> { };
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(field);
        }
    }

    private static InvalidContactValueException invalid(ProfileField field) {
        return new InvalidContactValueException(field);
    }
}
