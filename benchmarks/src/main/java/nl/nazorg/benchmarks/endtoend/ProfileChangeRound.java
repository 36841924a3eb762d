package nl.nazorg.benchmarks.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.HdrHistogram.Histogram;

import nl.nazorg.benchmarks.BenchmarkContext;
import nl.nazorg.benchmarks.kafka.TopicWatch;
import nl.nazorg.benchmarks.measure.ClosedLoop;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Latency;
import nl.nazorg.benchmarks.measure.OpenLoop;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.mail.RawMail;
import nl.nazorg.launcher.PlatformService;

/**
 * One end-to-end round: every client's profile is changed once through client-service's REST API, open loop at the
 * fixed rate, and each change is timed from its due moment until the SMTP sink accepted the client's e-mail — through
 * client-service's outbox, portfolio-signal-service, signals.v1, campaign-service's triggered campaign and its SMTP
 * pool. Each change's milestones (committed, on the topic, signal committed, on the topic, send planned, accepted) are
 * read from the topics, the services' databases and the SMTP sink, to show where the time goes.
 */
final class ProfileChangeRound {

    static final String SIGNAL_TYPE = "ANNUAL_REVIEW_DUE";

    private final BenchmarkContext context;
    private final String[] clientIds;
    private final Map<String, Integer> indexByEmail = new HashMap<>();
    private final ReviewClients clients = new ReviewClients();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    ProfileChangeRound(BenchmarkContext context, String[] clientIds) {
        this.context = context;
        this.clientIds = clientIds.clone();
        for (int i = 0; i < clientIds.length; i++) {
            indexByEmail.put(ReviewClients.email(i), i);
        }
        this.token = context.platform().adviserToken(ReviewClients.TENANT);
    }

    Result run(int round) {
        int count = clientIds.length;
        int rate = context.size().endToEndRate();
        Duration timeout = Duration.ofSeconds(180 + count / 5);
        Set<String> ids = Set.of(clientIds);
        long mailsBefore = context.platform().mailbox().receivedCount();
        Instant began = Instant.now();
        try (TopicWatch profiles = TopicWatch.fromEnd(context.platform().kafkaBootstrapServers(),
                Topics.CLIENT_PROFILES, record -> ids.contains(record.key())
                        && EventType.CLIENT_PROFILE.ceType().equals(TopicWatch.ceType(record)));
             TopicWatch signals = TopicWatch.fromEnd(context.platform().kafkaBootstrapServers(), Topics.SIGNALS,
                record -> ids.contains(record.key())
                        && EventType.SIGNAL_RAISED.ceType().equals(TopicWatch.ceType(record))
                        && SIGNAL_TYPE.equals(EventJson.readTree(record.value()).path("type").asText()))) {
            OpenLoop.Result changes = OpenLoop.run(rate, count, timeout, index -> change(index, round));
            CountMismatch.check("profile changes answered 200", count, changes.correct());
            awaitEmails(mailsBefore, timeout);
            signals.awaitCount(count, Duration.ofSeconds(30));
            profiles.awaitCount(count, Duration.ofSeconds(30));
            return measure(changes, new Watches(profiles, signals), mailsBefore, count, began);
        }
    }

    /**
     * Changes every client once with at most {@code inFlight} changes outstanding, at the pace the services take, and
     * waits for the round's e-mails: warms the JIT of every service on the path before an open-loop round, which a
     * cold client-service would otherwise queue into its connection pool's timeouts. Nothing is measured.
     */
    void warmUp(int round, int inFlight) throws InterruptedException {
        int count = clientIds.length;
        Duration timeout = Duration.ofSeconds(180 + count / 5);
        long mailsBefore = context.platform().mailbox().receivedCount();
        long answered = ClosedLoop.run(inFlight, count, timeout, index -> change(index, round));
        CountMismatch.check("profile changes answered 200 while warming up", count, answered);
        awaitEmails(mailsBefore, timeout);
    }

    private void awaitEmails(long mailsBefore, Duration timeout) {
        Poll.untilAtLeast("e-mails of the round accepted by the SMTP sink", timeout,
                mailsBefore + clientIds.length, context.platform().mailbox()::receivedCount);
    }

    /** The two topics of the path, read while the round ran. */
    private record Watches(TopicWatch profiles, TopicWatch signals) {
    }

    private java.util.concurrent.CompletionStage<Boolean> change(int index, int round) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(context.platform().url(PlatformService.CLIENT,
                        "/api/v1/clients/" + clientIds[index])))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(clients.overdueReviewJson(index, round))).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> response.statusCode() == 200);
    }

    private Result measure(OpenLoop.Result changes, Watches watches, long mailsBefore, int count, Instant began) {
        TopicWatch signals = watches.signals();
        Histogram endToEnd = Latency.newHistogram();
        Histogram toSignal = Latency.newHistogram();
        Histogram signalToMail = Latency.newHistogram();
        Map<Integer, Instant> delivered = new HashMap<>();
        for (RawMail mail : context.platform().mailFeed().read()) {
            Integer index = indexByEmail.get(mail.envelopeRecipient());
            if (mail.sequence() > mailsBefore && index != null) {
                CountMismatch.checkThat(delivered.put(index, mail.receivedAt()) == null,
                        "a second e-mail in one round for " + mail.envelopeRecipient());
            }
        }
        CountMismatch.check("clients e-mailed in the round", count, delivered.size());
        CountMismatch.check("ANNUAL_REVIEW_DUE raised on signals.v1 in the round", count, signals.count());
        delivered.forEach((index, accepted) -> {
            Instant due = changes.due(index);
            Instant signal = signals.firstArrival(clientIds[index]);
            endToEnd.recordValue(nanos(due, accepted));
            toSignal.recordValue(nanos(due, signal));
            signalToMail.recordValue(nanos(signal, accepted));
        });
        return new Result(Latency.of(endToEnd), Latency.of(toSignal), Latency.of(signalToMail),
                changes.responseTimes(), changes.sentRate(),
                HopLatencies.of(milestones(changes, watches, delivered, began)));
    }

    /** Every client's path through the platform in this round; each milestone must be there. */
    private List<Milestones> milestones(OpenLoop.Result changes, Watches watches, Map<Integer, Instant> delivered,
            Instant began) {
        Map<String, Instant> signalsRaised = CommitTimes.signalsRaised(context.platform(), began);
        Map<String, Instant> sendsPlanned = CommitTimes.sendsPlanned(context.platform(), began);
        List<Milestones> paths = new ArrayList<>();
        delivered.forEach((index, accepted) -> {
            String id = clientIds[index];
            TopicWatch.Sighting profile = watches.profiles().first(id);
            TopicWatch.Sighting signal = watches.signals().first(id);
            paths.add(new Milestones(changes.due(index), profile == null ? null : profile.eventTime(),
                    profile == null ? null : profile.timestamp(), signalsRaised.get(id),
                    signal == null ? null : signal.timestamp(), sendsPlanned.get(id), accepted));
        });
        CountMismatch.check("clients with every milestone of the path (profile event, signal row, SignalRaised, "
                + "send-log row, e-mail)", delivered.size(), paths.stream().filter(Milestones::complete).count());
        return paths;
    }

    private static long nanos(Instant from, Instant to) {
        return Math.max(1_000, Duration.between(from, to).toNanos());
    }

    /**
     * @param endToEnd     due time of the profile change → e-mail accepted by the SMTP sink
     * @param toSignal     due time → SignalRaised read from signals.v1
     * @param signalToMail SignalRaised read → e-mail accepted
     * @param restCall     the PUT's own response time (from its due time)
     * @param sentRate     the rate the changes actually went out at
     * @param hops         the path split at each commit and each topic
     */
    record Result(Latency endToEnd, Latency toSignal, Latency signalToMail, Latency restCall, double sentRate,
                  HopLatencies hops) {

        @Override
        public String toString() {
            return "end to end " + endToEnd + "; to the signal " + toSignal + "; PUT " + restCall;
        }
    }
}
