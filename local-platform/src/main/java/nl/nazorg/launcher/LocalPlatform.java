package nl.nazorg.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import nl.nazorg.infra.InfrastructureSettings;
import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.launcher.demo.DemoFirm;
import nl.nazorg.launcher.demo.DemoFirmStartup;
import nl.nazorg.launcher.demo.DemoMarketRates;
import nl.nazorg.launcher.flow.FlowFigures;
import nl.nazorg.launcher.mailbox.MailboxPage;
import nl.nazorg.launcher.story.DemoStories;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;

/**
 * The whole platform on one machine: Kafka, PostgreSQL and SMTP of the embedded infrastructure, then the four
 * services as separate processes with their production configuration pointed at it, the mailbox page and the demo
 * firm. Runs until Ctrl-C. With {@code demo <story>} it replays a demo story on a running platform instead.
 */
public final class LocalPlatform {

    private final LauncherOptions options;
    private final Progress progress = new Progress(System.out);
    private LocalInfrastructure infrastructure;
    private RunningServices services;
    private MailboxPage mailboxPage;

    LocalPlatform(LauncherOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.demoStory().isPresent()) {
            System.exit(DemoStories.tell(options.demoStory().get(), options, System.out));
        }
        LocalPlatform platform = new LocalPlatform(options);
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
        JavaRuntime runtime = JavaRuntime.current();
        if (runtime.feature() < JavaRuntime.PLATFORM_FEATURE) {
            progress.step("Running on JDK " + runtime.version() + ": the platform is built and measured on JDK "
                    + JavaRuntime.PLATFORM_FEATURE + ", whose start-up cache starts each service in about a third "
                    + "less time (set JAVA_HOME to a JDK " + JavaRuntime.PLATFORM_FEATURE + ")");
        }
        progress.step("Starting Kafka, PostgreSQL and SMTP in " + options.dataDirectory());
        try {
            infrastructure = LocalInfrastructure.start(InfrastructureSettings.local(options.dataDirectory()));
        } catch (RuntimeException e) {
            progress.failed("infrastructure", e.getMessage(), options.dataDirectory());
            return false;
        }
        progress.stageDone("infrastructure");
        progress.step("Infrastructure ready: Kafka " + infrastructure.kafkaBootstrapServers() + ", PostgreSQL port "
                + infrastructure.settings().postgresPort() + ", SMTP port " + infrastructure.settings().smtpPort());
        LocalSigningKey signingKey = LocalSigningKey.inDirectory(options.keyDirectory());
        ServiceConfiguration configuration = new ServiceConfiguration(infrastructure.connectionSettings(),
                LocalSigningKey.LOCAL_ISSUER, signingKey.publicKeyLocation(),
                PlatformSecrets.inDirectory(options.keyDirectory()), PlatformService.ALL);
        try {
            services = RunningServices.start(ServiceLaunch.of(configuration, options.home(), options.logDirectory())
                    .withCaches(StartupCaches.in(options.startupCacheDirectory())), options.startTimeout(), progress);
        } catch (RunningServices.ServiceStartFailure e) {
            progress.failed(e.service(), e.getMessage(), e.logFile());
            return false;
        }
        progress.stageDone("services");
        try {
            mailboxPage = MailboxPage.start(options.mailboxPort(), infrastructure.mailbox());
        } catch (IOException e) {
            progress.failed("mailbox page", "cannot listen on port " + options.mailboxPort() + " (" + e.getMessage()
                    + "); choose another with --mailbox-port");
            return false;
        }
        progress.step("Mailbox page on " + mailboxPage.url());
        String token = signingKey.issue(DemoFirm.TENANT, DemoFirm.ADVISER, Duration.ofDays(30), Roles.ADVISER, Roles.ADMIN);
        FlowFigures happened = loadDemoFirm(new PlatformClient(token), DemoMarketRates.feed(signingKey,
                Duration.ofMinutes(10)), new ServiceUrls(configuration.services()));
        progress.stageDone("demo firm");
        progress.step("Started: " + progress.stages());
        new StartupSummary(System.out).print(infrastructure, token, options, mailboxPage.url(), happened);
        return true;
    }

    /** A demo firm that does not load leaves a running platform: said with the log to read, not fatal. */
    private FlowFigures loadDemoFirm(PlatformClient admin, PlatformClient rateFeed, ServiceUrls urls)
            throws InterruptedException {
        try {
            return DemoFirmStartup.loadAndSettle(admin, rateFeed, urls, options.home(),
                    infrastructure.mailbox()::receivedCount, progress);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            progress.failed("demo firm", reason, PlatformService.ALL.stream()
                    .filter(service -> reason.contains(service.baseUrl() + "/"))
                    .map(service -> (Object) options.logDirectory().resolve(service.name() + ".log"))
                    .findFirst().orElse(options.logDirectory()));
            return null;
        }
    }

    /** Mailbox page and services first (they still flush their outboxes), then the infrastructure: no orphans. */
    synchronized void stop() {
        if (services != null || infrastructure != null) {
            progress.step("Stopping");
        }
        if (mailboxPage != null) {
            mailboxPage.close();
            mailboxPage = null;
        }
        if (services != null) {
            if (services.recordsStartupCaches()) {
                progress.step("Writing the services' start-up caches (first stop after a build; the next start is "
                        + "faster): " + options.startupCacheDirectory());
            }
            services.close();
            services = null;
        }
        if (infrastructure != null) {
            infrastructure.close();
            infrastructure = null;
            progress.step("Stopped; data kept in " + options.dataDirectory());
        }
    }
}
