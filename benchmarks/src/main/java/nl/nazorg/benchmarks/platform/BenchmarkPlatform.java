package nl.nazorg.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.infra.mail.SmtpServer;
import nl.nazorg.infra.mail.ReceivedMailFeed;
import nl.nazorg.launcher.PlatformSecrets;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.Progress;
import nl.nazorg.launcher.RunningServices;
import nl.nazorg.launcher.ServiceConfiguration;
import nl.nazorg.launcher.ServiceLaunch;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;

/**
 * The platform under test, started as the end-to-end tests start it: one real Kafka broker (in this JVM), one
 * PostgreSQL, one SMTP sink and the four services as separate processes with their production configuration, all
 * on free ports. Only the applications are run from a snapshot (see {@link AppSnapshot}).
 */
public final class BenchmarkPlatform implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final LocalInfrastructure infrastructure;
    private final RunningServices running;
    private final ServiceLaunch launch;
    private final ServiceConfiguration configuration;
    private final LocalSigningKey signingKey;
    private final List<ServiceJvm> services;

    private BenchmarkPlatform(LocalInfrastructure infrastructure, RunningServices running, ServiceLaunch launch,
            LocalSigningKey signingKey, List<ServiceJvm> services) {
        this.infrastructure = infrastructure;
        this.running = running;
        this.launch = launch;
        this.configuration = launch.configuration();
        this.signingKey = signingKey;
        this.services = services;
    }

    /**
     * @param projectHome     the checkout, whose services were built
     * @param work            this run's directory: snapshot, data, keys, service logs
     * @param mailboxCapacity how many received e-mails the SMTP sink keeps readable
     */
    public static BenchmarkPlatform start(Path projectHome, Path work, int mailboxCapacity, Progress progress)
            throws InterruptedException {
        progress.step("Copying the services' applications to " + work.resolve("apps"));
        Path applications = AppSnapshot.take(projectHome, work.resolve("apps"));
        progress.step("Starting Kafka, PostgreSQL and the SMTP sink");
        // pg_stat_statements: only the benchmark pays for it (see StatementCosts).
        LocalInfrastructure infrastructure = LocalInfrastructure.start(InfrastructureSettings.forTests(work.resolve("data"))
                .withMailbox(mailboxCapacity, InfrastructureSettings.DEFAULT_MAIL_FROM)
                .withStatementStatistics(true));
        try {
            LocalSigningKey signingKey = LocalSigningKey.inDirectory(work.resolve("keys"));
            List<PlatformService> onFreePorts = PlatformService.onFreePorts();
            ServiceConfiguration configuration = new ServiceConfiguration(infrastructure.connectionSettings(),
                    LocalSigningKey.LOCAL_ISSUER, signingKey.publicKeyLocation(), PlatformSecrets.random(), onFreePorts);
            ServiceLaunch launch = ServiceLaunch.of(configuration, applications, work.resolve("logs"));
            RunningServices running = RunningServices.start(launch, START_TIMEOUT, progress);
            List<ServiceJvm> services = new ArrayList<>();
            for (PlatformService service : onFreePorts) {
                services.add(ServiceJvm.of(service, launch));
            }
            return new BenchmarkPlatform(infrastructure, running, launch, signingKey, services);
        } catch (RuntimeException | InterruptedException e) {
            infrastructure.close();
            throw e;
        }
    }

    /** An adviser (and admin) of {@code tenant} calling the services' APIs. */
    public PlatformClient adviser(String tenant) {
        return new PlatformClient(adviserToken(tenant));
    }

    /** The bearer token of that adviser, for the benchmark's own asynchronous clients. */
    public String adviserToken(String tenant) {
        return signingKey.issue(tenant, "adviser-benchmark", Duration.ofHours(12), Roles.ADVISER, Roles.ADMIN);
    }

    /** {@code <service base URL><path>}, e.g. {@code url(CAMPAIGN, "/api/v1/campaigns")}. */
    public String url(String service, String path) {
        return configuration.service(service).baseUrl() + path;
    }

    public ServiceJvm service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    public List<ServiceJvm> services() {
        return services;
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** A delete-policy topic of the benchmark's own (baselines), with the platform topics' partition count. */
    public void createScratchTopic(String name) {
        infrastructure.createTopics(TopicDefinition.retained(name, infrastructure.settings().partitions()));
    }

    public int partitions() {
        return infrastructure.settings().partitions();
    }

    public DataSource database(String name) {
        return infrastructure.dataSource(name);
    }

    public Mailbox mailbox() {
        return infrastructure.mailbox();
    }

    public ReceivedMailFeed mailFeed() {
        return infrastructure.mailFeed();
    }

    /** The SMTP sink itself, to stop and start it during a scenario. */
    public SmtpServer smtp() {
        return infrastructure.smtpServer();
    }

    public int smtpPort() {
        return infrastructure.connectionSettings().smtpPort();
    }

    /** The PostgreSQL server's processes: the postmaster and its backends. */
    public List<Long> postgresPids() {
        Path pidFile = infrastructure.settings().postgresDirectory().resolve("data").resolve("postmaster.pid");
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            List<Long> pids = new ArrayList<>(List.of(postmaster));
            ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
            return pids;
        } catch (IOException | RuntimeException unavailable) {
            return List.of();
        }
    }

    /** How its services were started: the footprint scenario starts them again, alone and on other runtimes. */
    public ServiceLaunch launch() {
        return launch;
    }

    /** Stops the four services (the footprint scenario, last, then starts them on its own); the rest stays up. */
    public void stopServices() {
        services.forEach(ServiceJvm::detach);
        running.close();
    }

    @Override
    public void close() {
        stopServices();
        infrastructure.close();
    }
}
