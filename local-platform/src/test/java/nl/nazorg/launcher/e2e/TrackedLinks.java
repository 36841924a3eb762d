package nl.nazorg.launcher.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.api.ApiResponse;
import nl.nazorg.launcher.api.PlatformClient;

/** The tracked links ({@code /r/{token}}) in an e-mail, followed as the client's browser follows them. */
final class TrackedLinks {

    private static final Pattern TRACKED_LINK = Pattern.compile("https?://[^\\s\"<>]+/r/[A-Za-z0-9_-]+");
    private static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1";

    private TrackedLinks() {
    }

    static List<String> in(ReceivedMail mail) {
        List<String> links = new ArrayList<>();
        Matcher matcher = TRACKED_LINK.matcher(mail.text());
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    /** A click: the redirect the client's browser gets. */
    static ApiResponse click(String trackedLink) {
        return PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(trackedLink)).header("User-Agent", BROWSER)
                .GET().build());
    }

    /** Where each tracked link of the e-mail leads (each followed once, as a click). */
    static List<String> destinations(ReceivedMail mail) {
        return in(mail).stream().map(link -> click(link).header("Location").orElse("")).toList();
    }
}
