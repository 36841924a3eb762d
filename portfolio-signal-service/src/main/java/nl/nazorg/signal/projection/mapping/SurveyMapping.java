package nl.nazorg.signal.projection.mapping;

import java.util.Arrays;
import java.util.List;

import nl.nazorg.signal.model.NpsAnswer;
import nl.nazorg.signal.model.StatedWish;
import nl.nazorg.signal.model.SurveyFacts;
import nl.nazorg.signal.model.Wish;
import nl.nazorg.signal.projection.repository.SurveyRow;

/** The survey projection → the survey facts the CLIENT_WISH and NPS_DETRACTOR rules read. */
public final class SurveyMapping {

    private SurveyMapping() {
    }

    public static SurveyFacts toDomain(SurveyRow row) {
        if (row == null) {
            return SurveyFacts.none();
        }
        List<StatedWish> wishes = row.wishes == null || row.wishes.isBlank() ? List.of()
                : Arrays.stream(row.wishes.split(","))
                        .map(code -> new StatedWish(Wish.valueOf(code), row.wishesResponseId, row.wishesStatedOn))
                        .toList();
        NpsAnswer nps = row.npsScore == null ? null
                : new NpsAnswer(row.npsScore, row.npsResponseId, row.npsAnsweredOn);
        return new SurveyFacts(wishes, nps);
    }
}
