package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/** A wish the client stated in a survey response. */
public record StatedWish(Wish wish, String responseId, LocalDate statedOn) {

    public StatedWish {
        Objects.requireNonNull(wish, "wish");
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(statedOn, "statedOn");
    }
}
