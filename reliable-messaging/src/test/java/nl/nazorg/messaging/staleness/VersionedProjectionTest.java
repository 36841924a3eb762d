package nl.nazorg.messaging.staleness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.nazorg.messaging.testapp.ClientView;

class VersionedProjectionTest {

    @Test
    void theFirstEventIsAlwaysApplied() {
        ClientView view = new ClientView();

        assertThat(view.applyIfNewer(0, () -> view.name = "first")).isTrue();
        assertThat(view.name).isEqualTo("first");
        assertThat(view.aggregateVersion).isZero();
    }

    @Test
    void anOlderEventDoesNotOverwriteNewerState() {
        ClientView view = new ClientView();
        view.applyIfNewer(2, () -> view.name = "v2");

        assertThat(view.applyIfNewer(1, () -> view.name = "v1")).isFalse();
        assertThat(view.name).isEqualTo("v2");
        assertThat(view.aggregateVersion).isEqualTo(2);
    }

    @Test
    void theSameVersionAgainIsIgnored() {
        ClientView view = new ClientView();
        view.applyIfNewer(5, () -> view.name = "v5");

        assertThat(view.applyIfNewer(5, () -> view.name = "again")).isFalse();
        assertThat(view.name).isEqualTo("v5");
    }

    @Test
    void aNewerEventIsApplied() {
        ClientView view = new ClientView();
        view.applyIfNewer(1, () -> view.name = "v1");

        assertThat(view.applyIfNewer(7, () -> view.name = "v7")).isTrue();
        assertThat(view.aggregateVersion).isEqualTo(7);
    }

    @Test
    void aggregateVersionComparesWithNothingHeld() {
        assertThat(AggregateVersion.isNewer(null, 0)).isTrue();
        assertThat(AggregateVersion.isNewer(3L, 4)).isTrue();
        assertThat(AggregateVersion.isNewer(3L, 3)).isFalse();
        assertThat(AggregateVersion.isNewer(3L, 2)).isFalse();
    }
}
