package nl.nazorg.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;

/**
 * The whole platform on one machine: Kafka, PostgreSQL and SMTP of the embedded infrastructure, then the four
 * services as separate processes with their production configuration pointed at it. Runs until Ctrl-C.
 */
public final class LocalPlatform {

    static final String DEMO_TENANT = "demo-firm";
    static final String DEMO_ADVISER = "adviser-demo";

    private final LauncherOptions options;
    private final Progress progress = new Progress(System.out);
    private final List<ServiceProcess> services = new ArrayList<>();
    private LocalInfrastructure infrastructure;

    LocalPlatform(LauncherOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LocalPlatform platform = new LocalPlatform(LauncherOptions.parse(args));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.stop();
            stopped.countDown();
        }, "nazorg-shutdown"));
        if (!platform.start()) {
            System.exit(1);
        }
        stopped.await();
    }

    boolean start() throws InterruptedException {
        progress.step("Starting Kafka, PostgreSQL and SMTP in " + options.dataDirectory());
        try {
            infrastructure = LocalInfrastructure.start(InfrastructureSettings.local(options.dataDirectory()));
        } catch (RuntimeException e) {
            progress.failed("infrastructure", e.getMessage(), options.dataDirectory());
            return false;
        }
        progress.step("Infrastructure ready: Kafka " + infrastructure.kafkaBootstrapServers() + ", PostgreSQL port "
                + infrastructure.settings().postgresPort() + ", SMTP port " + infrastructure.settings().smtpPort());
        LocalSigningKey signingKey = LocalSigningKey.inDirectory(options.keyDirectory());
        for (PlatformService service : PlatformService.ALL) {
            try {
                progress.step("Starting " + service.name() + " on port " + service.port());
                services.add(ServiceProcess.start(service, options.home(), options.logDirectory(),
                        serviceConfig(service, signingKey)));
            } catch (Exception e) {
                progress.failed(service.name(), e.getMessage(), options.logDirectory());
                return false;
            }
        }
        for (ServiceProcess service : services) {
            try {
                service.awaitReady(options.startTimeout());
                progress.step(service.service().name() + " is healthy");
            } catch (IllegalStateException e) {
                progress.failed(service.service().name(), e.getMessage(), service.logFile());
                return false;
            }
        }
        String token = signingKey.issue(DEMO_TENANT, DEMO_ADVISER, Duration.ofDays(30), Roles.ADVISER, Roles.ADMIN);
        new StartupSummary(System.out).print(infrastructure, token, options);
        return true;
    }

    private Map<String, String> serviceConfig(PlatformService service, LocalSigningKey signingKey) {
        Map<String, String> config = new LinkedHashMap<>(infrastructure.connectionSettings(service.database()));
        config.put("mp.jwt.verify.issuer", LocalSigningKey.LOCAL_ISSUER);
        config.put("mp.jwt.verify.publickey.location", signingKey.publicKeyLocation());
        return config;
    }

    /** Services first (they still flush their outboxes), then the infrastructure: no orphan processes. */
    synchronized void stop() {
        if (!services.isEmpty() || infrastructure != null) {
            progress.step("Stopping");
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
            progress.step("Stopped; data kept in " + options.dataDirectory());
        }
    }
}
