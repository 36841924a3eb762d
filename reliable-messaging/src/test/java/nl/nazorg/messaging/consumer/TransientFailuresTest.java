package nl.nazorg.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.CompletionException;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;

class TransientFailuresTest {

    @Test
    void deadlocksSerialisationFailuresAndLostConnectionsPass() {
        assertThat(TransientFailures.isTransient(pg("40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(pg("40001"))).isTrue();
        assertThat(TransientFailures.isTransient(pg("08006"))).isTrue();
        assertThat(TransientFailures.isTransient(pg("57P01"))).isTrue();
    }

    @Test
    void constraintViolationsAndBugsRecur() {
        assertThat(TransientFailures.isTransient(pg("23505"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("bug"))).isFalse();
    }

    @Test
    void looksThroughWrappers() {
        assertThat(TransientFailures.isTransient(new CompletionException(new IOException("reset")))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(pg("40P01")))).isTrue();
    }

    @Test
    void aFailureFollowedByAFailedRollbackIsJudgedByTheFirst() {
        assertThat(TransientFailures.isTransient(new CompositeException(pg("40001"), new IllegalStateException("x"))))
                .isTrue();
        assertThat(TransientFailures.isTransient(new CompositeException(pg("23505"), pg("08006")))).isFalse();
    }

    @Test
    void aLockThatIsNotAvailablePasses() {
        assertThat(TransientFailures.isTransient(pg("55P03"))).isTrue();
    }

    @Test
    void aBrokerThatCannotTakeARecordNowPassesOneThatNeverWillDoesNot() {
        assertThat(TransientFailures.isTransient(new NotEnoughReplicasException("1 of 3"))).isTrue();
        assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("metadata")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new RecordTooLargeException("2 MB"))).isFalse();
    }

    @Test
    void poisonIsNeverRetried() {
        assertThat(TransientFailures.isTransient(new PoisonRecordException("bad", new IOException("x")))).isFalse();
    }

    private static PgException pg(String sqlState) {
        return new PgException("failure", "ERROR", sqlState, null);
    }
}
