package nl.nazorg.messaging.locking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.query.sqm.internal.SqmCriteriaNodeBuilder;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.support.OnVertx;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.testapp.ClientService;

/**
 * Appending to the outbox, which takes advisory locks through a native SELECT, must reuse Hibernate's cached query
 * plans: a plan cache that grows with every call turned every lookup into a scan of thousands of entries.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class QueryPlanCacheTest {

    @Inject
    ClientService clients;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void repeatedOutboxAppendsDoNotGrowTheQueryPlanCache() {
        OnVertx.await(() -> clients.rename("tenant-a", "client-" + UUID.randomUUID(), "Jansen"));
        int plansAfterFirst = cachedQueryPlans();

        for (int i = 0; i < 50; i++) {
            OnVertx.await(() -> clients.rename("tenant-a", "client-" + UUID.randomUUID(), "Jansen"));
        }

        assertThat(cachedQueryPlans()).isEqualTo(plansAfterFirst);
    }

    @Test
    void anAdvisoryLockQueryIsPlannedOnce() {
        String sql = "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key)) OFFSET 0) AS l";
        OnVertx.await(() -> Panache.withTransaction(() -> AdvisoryLockQuery.lock(sql, Map.of("key", "first"))));
        int plansAfterFirst = cachedQueryPlans();

        for (int i = 0; i < 20; i++) {
            String key = "key-" + i;
            OnVertx.await(() -> Panache.withTransaction(() -> AdvisoryLockQuery.lock(sql, Map.of("key", key))));
        }

        assertThat(cachedQueryPlans()).isEqualTo(plansAfterFirst);
    }

    private int cachedQueryPlans() {
        return ((SqmCriteriaNodeBuilder) sessionFactory.getCriteriaBuilder()).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
