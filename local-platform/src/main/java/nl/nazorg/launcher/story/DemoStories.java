package nl.nazorg.launcher.story;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import nl.nazorg.launcher.LauncherOptions;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;
import nl.nazorg.launcher.demo.DemoFirm;
import nl.nazorg.launcher.demo.DemoMarketRates;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.LocalSigningKey;

/**
 * {@code ./nazorg-local demo <story>}: replays a demo story on the platform another {@code ./nazorg-local} runs,
 * through the adviser APIs with a short-lived token of the demo firm signed with the platform's key (and, for the
 * market rates, platform data, as the platform's rate feed).
 */
public final class DemoStories {

    private DemoStories() {
    }

    /** @return the process exit code: 0 when the story was told, 1 when the platform is not there */
    public static int tell(DemoStory story, LauncherOptions options, PrintStream out) throws InterruptedException {
        Path privateKey = options.keyDirectory().resolve(LocalSigningKey.PRIVATE_KEY_FILE);
        if (!Files.isRegularFile(privateKey)) {
            out.println("No platform key in " + options.keyDirectory() + ": start the platform first with ./nazorg-local"
                    + " (with the same --data-dir).");
            return 1;
        }
        Optional<PlatformService> down = PlatformService.ALL.stream().filter(service -> !isReady(service)).findFirst();
        if (down.isPresent()) {
            out.println("Nazorg is not running: " + down.get().name() + " does not answer on " + down.get().baseUrl()
                    + ". Start it with ./nazorg-local and wait for its summary.");
            return 1;
        }
        LocalSigningKey key = LocalSigningKey.inDirectory(options.keyDirectory());
        String token = key.issue(DemoFirm.TENANT, DemoFirm.ADVISER, Duration.ofHours(1), Roles.ADVISER, Roles.ADMIN);
        StoryStage stage = new StoryStage(new PlatformClient(token), ServiceUrls.LOCAL, options.mailboxUrl(), out);
        out.println("Demo story " + story.commandName() + ": " + story.description());
        switch (story) {
            case RATE_DROP -> new RateDropStory(stage, DemoMarketRates.feed(key, Duration.ofMinutes(10))).tell();
            case CHILD_TURNS_18 -> new ChildTurns18Story(stage).tell();
            case SURVEY -> new SurveyStory(stage).tell();
        }
        return 0;
    }

    private static boolean isReady(PlatformService service) {
        try {
            return PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(service.readinessUrl()))
                    .timeout(Duration.ofSeconds(5)).GET().build()).status() == 200;
        } catch (UncheckedIOException notListening) {
            return false;
        }
    }
}
