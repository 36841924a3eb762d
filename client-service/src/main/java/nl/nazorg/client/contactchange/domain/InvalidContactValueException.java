package nl.nazorg.client.contactchange.domain;

import nl.nazorg.events.client.ProfileField;

/** A requested value that is not valid for its field. The message names the field, never the value (personal data). */
public class InvalidContactValueException extends IllegalArgumentException {

    public InvalidContactValueException(ProfileField field) {
        super("invalid value for profile field " + field);
    }
}
