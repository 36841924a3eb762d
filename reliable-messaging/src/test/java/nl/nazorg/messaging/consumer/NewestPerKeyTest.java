package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NewestPerKeyTest {

    private record Change(String key, long version, String state) {
    }

    @Test
    void keepsTheNewestVersionOfEveryKeyInTheOrderKeysFirstAppeared() {
        List<Change> poll = List.of(new Change("a", 1, "a1"), new Change("b", 2, "b2"), new Change("a", 3, "a3"),
                new Change("a", 2, "a2"), new Change("c", 1, "c1"), new Change("b", 1, "b1"));

        assertThat(NewestPerKey.of(poll, Change::key, Change::version)).extracting(Change::state)
                .containsExactly("a3", "b2", "c1");
    }

    @Test
    void theLaterOfTwoEqualVersionsWins() {
        List<Change> poll = List.of(new Change("a", 4, "first"), new Change("a", 4, "second"));

        assertThat(NewestPerKey.of(poll, Change::key, Change::version)).extracting(Change::state)
                .containsExactly("second");
    }
}
