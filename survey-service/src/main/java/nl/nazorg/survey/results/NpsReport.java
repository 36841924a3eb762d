package nl.nazorg.survey.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * NPS for a period: overall, per survey and per month (the trend; months without answers have no score).
 */
public record NpsReport(LocalDate from, LocalDate to, NpsFigures overall, Map<String, NpsFigures> perSurvey,
                        List<Month> monthly) {

    public record Month(String month, NpsFigures nps) {
    }

    /** One submitted NPS answer. */
    public record Score(String surveyId, Instant submittedAt, int score) {
    }

    public static NpsReport of(Period period, List<Score> scores) {
        Map<String, NpsFigures> perSurvey = scores.stream()
                .collect(Collectors.groupingBy(Score::surveyId, TreeMap::new,
                        Collectors.collectingAndThen(Collectors.mapping(Score::score, Collectors.toList()),
                                NpsFigures::of)));
        Map<YearMonth, List<Integer>> byMonth = scores.stream()
                .collect(Collectors.groupingBy(score -> Period.monthOf(score.submittedAt()),
                        Collectors.mapping(Score::score, Collectors.toList())));
        List<Month> monthly = new ArrayList<>();
        for (YearMonth month : period.months()) {
            monthly.add(new Month(month.toString(), NpsFigures.of(byMonth.getOrDefault(month, List.of()))));
        }
        return new NpsReport(period.from(), period.to(), NpsFigures.of(scores.stream().map(Score::score).toList()),
                perSurvey, monthly);
    }
}
