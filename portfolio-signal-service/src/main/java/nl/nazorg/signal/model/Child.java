package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child (kind) in the client's household. {@code childId} is the contract's stable id; it may be null for
 * children known without one (then CHILD_TURNS_18 keys on the date of birth and birth order).
 */
public record Child(String childId, String firstName, LocalDate dateOfBirth) {

    public Child {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    public Child(String firstName, LocalDate dateOfBirth) {
        this(null, firstName, dateOfBirth);
    }
}
