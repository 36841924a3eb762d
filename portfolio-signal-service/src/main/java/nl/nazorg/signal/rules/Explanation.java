package nl.nazorg.signal.rules;

import java.util.Objects;

/** Why a signal was raised, in plain words, built from its figures: Dutch first, English beside it. */
public record Explanation(String dutch, String english) {

    public Explanation {
        Objects.requireNonNull(dutch, "dutch");
        Objects.requireNonNull(english, "english");
    }
}
