package nl.nazorg.signal.daily;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.ClientDates;
import nl.nazorg.signal.evaluation.service.PortfolioReevaluation;
import nl.nazorg.signal.evaluation.service.ReevaluationResult;

/**
 * The daily run for time-based signals (birthdays, fixed-rate periods, children turning 18, retirement, annual
 * review): every client is evaluated against "today" of the injected clock. Idempotent by construction: an
 * unchanged situation gives identical findings, which the reconciliation turns into no event at all, so a
 * second run on the same day (a restart, a second instance) raises nothing new.
 */
@ApplicationScoped
public class DailyRun {

    private static final Logger LOG = Logger.getLogger(DailyRun.class);

    @Inject
    PortfolioReevaluation reevaluation;

    @Scheduled(identity = "signal-daily-run", cron = "${nazorg.signal.daily-run.cron:0 5 0 * * ?}",
            timeZone = ClientDates.ZONE_ID, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure().invoke(failure -> LOG.error("daily signal run failed", failure)).replaceWithVoid();
    }

    public Uni<ReevaluationResult> run() {
        return reevaluation.run();
    }
}
