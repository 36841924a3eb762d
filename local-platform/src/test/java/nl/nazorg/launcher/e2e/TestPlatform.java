package nl.nazorg.launcher.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.launcher.PlatformSecrets;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.Progress;
import nl.nazorg.launcher.RunningServices;
import nl.nazorg.launcher.ServiceConfiguration;
import nl.nazorg.launcher.ServiceLaunch;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.demo.DemoMarketRates;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;
import nl.nazorg.security.token.TokenSpec;

/**
 * The whole platform as the launcher runs it — one real Kafka broker, one PostgreSQL, one SMTP server and the four
 * services as separate processes with their production configuration — on free ports, for the end-to-end stories.
 * Started once per test JVM and shared by every story (each story uses its own firm, so they do not meet).
 */
public final class TestPlatform implements AutoCloseable {

    private static final Path WORK = Path.of("target", "e2e").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final LocalInfrastructure infrastructure;
    private final RunningServices services;
    private final ServiceConfiguration configuration;
    private final LocalSigningKey signingKey;
    private final PlatformSecrets secrets;

    private TestPlatform(LocalInfrastructure infrastructure, RunningServices services,
            ServiceConfiguration configuration, LocalSigningKey signingKey, PlatformSecrets secrets) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.configuration = configuration;
        this.signingKey = signingKey;
        this.secrets = secrets;
    }

    static TestPlatform start() throws InterruptedException {
        LocalInfrastructure infrastructure = LocalInfrastructure.start(InfrastructureSettings.forTests(WORK.resolve("data")));
        try {
            LocalSigningKey signingKey = LocalSigningKey.inDirectory(WORK.resolve("keys"));
            List<PlatformService> onFreePorts = PlatformService.onFreePorts();
            PlatformSecrets secrets = PlatformSecrets.random();
            ServiceConfiguration configuration = new ServiceConfiguration(infrastructure.connectionSettings(),
                    LocalSigningKey.LOCAL_ISSUER, signingKey.publicKeyLocation(), secrets, onFreePorts)
                    // A story's client clicks within seconds of the e-mail; in real life that is a mail scanner.
                    .with("nazorg.campaign.scanner.too-soon-after-send", "0s");
            RunningServices services = RunningServices.start(ServiceLaunch.of(configuration,
                    Path.of("..").toAbsolutePath().normalize(), WORK.resolve("logs")), START_TIMEOUT,
                    new Progress(System.out));
            return new TestPlatform(infrastructure, services, configuration, signingKey, secrets);
        } catch (RuntimeException | InterruptedException e) {
            infrastructure.close();
            throw e;
        }
    }

    /** A firm of its own, so stories never see each other's clients. */
    public Firm newFirm() {
        String tenant = "firm-" + UUID.randomUUID().toString().substring(0, 8);
        String token = signingKey.issue(tenant, "adviser-e2e", Duration.ofHours(2), Roles.ADVISER, Roles.ADMIN);
        return new Firm(tenant, new PlatformClient(token), this);
    }

    /** A token of a caller's own making, signed with the platform's key: for probes of the token rules. */
    public String token(TokenSpec spec) {
        return signingKey.issue(spec);
    }

    /** The link secrets as the services hold them: what an attacker would have after a leak. */
    public PlatformSecrets secrets() {
        return secrets;
    }

    /** The platform operator's market-rate feed: no firm's token may change the platform-wide rate tables. */
    public PlatformClient rateFeed() {
        return DemoMarketRates.feed(signingKey, Duration.ofHours(2));
    }

    public String url(String service, String path) {
        return configuration.service(service).baseUrl() + path;
    }

    /** A crash of one service: {@code kill -9}, returning once the process has exited. */
    public void kill(String service) throws InterruptedException {
        services.kill(service);
    }

    /** Starts a killed service again and waits until it is healthy. */
    public void restart(String service) throws InterruptedException {
        services.restart(service, START_TIMEOUT);
    }

    public Mailbox mailbox() {
        return infrastructure.mailbox();
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public javax.sql.DataSource database(String name) {
        return infrastructure.dataSource(name);
    }

    @Override
    public void close() {
        services.close();
        infrastructure.close();
    }
}
