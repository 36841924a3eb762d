package nl.nazorg.survey.definition;

import java.util.List;

import nl.nazorg.web.FieldError;

/** A definition that cannot be saved; answered as a 400 problem naming each field. */
public class InvalidDefinitionException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidDefinitionException(List<FieldError> errors) {
        super("invalid survey definition");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
