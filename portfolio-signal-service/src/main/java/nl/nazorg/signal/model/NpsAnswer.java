package nl.nazorg.signal.model;

import java.time.LocalDate;
import java.util.Objects;

/** A Net Promoter Score answer (0–10) from a survey response. */
public record NpsAnswer(int score, String responseId, LocalDate answeredOn) {

    public NpsAnswer {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("NPS score outside 0..10: " + score);
        }
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(answeredOn, "answeredOn");
    }

    /** Scores 0–6 are detractors. */
    public boolean isDetractor() {
        return score <= 6;
    }
}
