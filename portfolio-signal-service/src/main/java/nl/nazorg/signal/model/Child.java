package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/** A child (kind) in the client's household. */
public record Child(String firstName, LocalDate dateOfBirth) {

    public Child {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }
}
