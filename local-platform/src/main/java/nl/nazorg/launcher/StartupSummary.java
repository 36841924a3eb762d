package nl.nazorg.launcher;

import java.io.PrintStream;

import nl.nazorg.infra.LocalInfrastructure;
import nl.nazorg.launcher.demo.DemoFirm;
import nl.nazorg.launcher.demo.FlowReport;
import nl.nazorg.launcher.flow.FlowFigures;
import nl.nazorg.launcher.mailbox.MailboxPage;
import nl.nazorg.launcher.story.DemoStory;

/** The short, readable summary printed once the platform is up. */
final class StartupSummary {

    private final PrintStream out;

    StartupSummary(PrintStream out) {
        this.out = out;
    }

    /** @param happened what the demo firm's load caused, or null when it could not be read */
    void print(LocalInfrastructure infrastructure, String adviserToken, LauncherOptions options, String mailboxUrl,
            FlowFigures happened) {
        out.println();
        out.println("Nazorg is running. Press Ctrl-C to stop.");
        out.println();
        out.println("Swagger UI:");
        for (PlatformService service : PlatformService.ALL) {
            out.printf("  %-26s %s/q/swagger-ui%n", service.name(), service.baseUrl());
        }
        out.println();
        out.println("Adviser token (tenant " + DemoFirm.TENANT + ", roles adviser+admin, valid 30 days):");
        out.println("  export TOKEN=" + adviserToken);
        out.println("  curl -H \"Authorization: Bearer $TOKEN\" "
                + PlatformService.named(PlatformService.ALL, PlatformService.SIGNAL).baseUrl() + "/api/v1/signals/summary");
        out.println();
        out.println("Mailbox:    " + mailboxUrl + "  (every e-mail sent since this start; click the links in them)");
        out.println("Kafka:      " + infrastructure.kafkaBootstrapServers());
        out.println("PostgreSQL: localhost:" + infrastructure.settings().postgresPort()
                + " (one database per service: client, signal, campaign, survey)");
        out.println("SMTP:       localhost:" + infrastructure.settings().smtpPort() + " (every e-mail is kept in memory)");
        out.println("Logs:       " + options.logDirectory());
        out.println();
        if (happened != null) {
            new FlowReport(out).print("What happened (demo firm, tenant " + DemoFirm.TENANT + "):", happened);
            out.println();
        }
        out.println("Replay a demo story on this platform (in another terminal):");
        String command = "./nazorg-local " + sameDataOptions(options) + "demo ";
        for (DemoStory story : DemoStory.values()) {
            out.printf("  %-" + (command.length() + 10) + "s %s%n", command + story.commandName(), story.description());
        }
        out.println();
    }

    /** The options a demo story needs to find this platform's key and mailbox page. */
    private static String sameDataOptions(LauncherOptions options) {
        String sameData = options.dataDirectory().equals(options.home().resolve(".nazorg")) ? ""
                : "--data-dir " + options.dataDirectory() + " ";
        return sameData + (options.mailboxPort() == MailboxPage.DEFAULT_PORT ? "" : "--mailbox-port " + options.mailboxPort() + " ");
    }
}
