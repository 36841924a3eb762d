package nl.nazorg.client.messaging;

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
import nl.nazorg.messaging.consumer.PoisonRecordException;

/** Reads one requested value (text in the field's JSON form) with the same rules as REST input. */
final class ProfileFieldValues {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    private ProfileFieldValues() {
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

    // The reason names the field, never the value: it may be personal data.
    private static PoisonRecordException invalid(ProfileField field) {
        return new PoisonRecordException("invalid value for profile field " + field);
    }
}
