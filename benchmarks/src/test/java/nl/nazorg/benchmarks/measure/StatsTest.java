package nl.nazorg.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void theMedianOfAnOddNumberOfSamplesIsTheMiddleOne() {
        Stats stats = Stats.of(List.of(9.0, 1.0, 5.0));
        assertThat(stats.median()).isEqualTo(5.0);
        assertThat(stats.min()).isEqualTo(1.0);
        assertThat(stats.max()).isEqualTo(9.0);
        assertThat(stats.samples()).containsExactly(9.0, 1.0, 5.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfSamplesIsTheMeanOfTheMiddleTwo() {
        assertThat(Stats.of(List.of(4.0, 1.0, 3.0, 10.0)).median()).isEqualTo(3.5);
    }

    @Test
    void durationsBecomeRatesSampleBySample() {
        Stats rates = Stats.of(List.of(2.0, 4.0, 5.0)).inverted(100);
        assertThat(rates.samples()).containsExactly(50.0, 25.0, 20.0);
        assertThat(rates.median()).isEqualTo(25.0);
    }

    @Test
    void aFigureNeedsAtLeastOneSample() {
        assertThatThrownBy(() -> Stats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fewerThanThreeMeasuredRepetitionsAreRefused() {
        assertThatThrownBy(() -> new Repetitions(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
