package nl.nazorg.launcher;

import java.io.PrintStream;

import nl.nazorg.infra.LocalInfrastructure;

/** The short, readable summary printed once the platform is up. */
final class StartupSummary {

    private final PrintStream out;

    StartupSummary(PrintStream out) {
        this.out = out;
    }

    void print(LocalInfrastructure infrastructure, String adviserToken, LauncherOptions options) {
        out.println();
        out.println("Nazorg is running. Press Ctrl-C to stop.");
        out.println();
        out.println("Swagger UI:");
        for (PlatformService service : PlatformService.ALL) {
            out.printf("  %-26s %s/q/swagger-ui%n", service.name(), service.baseUrl());
        }
        out.println();
        out.println("Adviser token (tenant " + LocalPlatform.DEMO_TENANT + ", roles adviser+admin, valid 30 days):");
        out.println("  " + adviserToken);
        out.println("  e.g. curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8081/q/health");
        out.println();
        out.println("Kafka:      " + infrastructure.kafkaBootstrapServers());
        out.println("SMTP:       localhost:" + infrastructure.settings().smtpPort() + " (every e-mail is kept in memory)");
        out.println("Logs:       " + options.logDirectory());
        out.println();
    }
}
