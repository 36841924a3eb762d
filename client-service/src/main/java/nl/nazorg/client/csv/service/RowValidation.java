package nl.nazorg.client.csv.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.nazorg.client.csv.format.CsvCells;
import nl.nazorg.client.csv.format.ImportRow;

/** The REST API's Bean Validation rules applied to a CSV row, so both paths refuse the same input. */
@ApplicationScoped
public class RowValidation {

    @Inject
    Validator validator;

    public List<String> errors(ImportRow row, CsvCells cells) {
        List<String> errors = new ArrayList<>(cells.errors());
        if (row.profile().externalReference() == null) {
            errors.add("external_reference: required, it is what makes a re-import change nothing");
        }
        Set<ConstraintViolation<ImportRow>> violations = validator.validate(row);
        violations.stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .forEach(errors::add);
        return errors;
    }
}
