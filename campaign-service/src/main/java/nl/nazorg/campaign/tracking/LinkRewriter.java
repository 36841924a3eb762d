package nl.nazorg.campaign.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites every http(s) link of a rendered body to a tracked one; the same destination gets one token. */
public final class LinkRewriter {

    /** A link as found: its id in this e-mail and where it leads. */
    public record Found(String linkId, String destination, String trackedUrl) {
    }

    public record Result(String body, List<Found> links) {
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    private LinkRewriter() {
    }

    /** @param trackedUrlFor gives the tracked URL for a destination (called once per distinct destination) */
    public static Result rewrite(String body, Function<String, String> trackedUrlFor) {
        Map<String, Found> byDestination = new LinkedHashMap<>();
        Matcher matcher = URL.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String destination = matcher.group();
            Found found = byDestination.computeIfAbsent(destination,
                    d -> new Found("link-" + (byDestination.size() + 1), d, trackedUrlFor.apply(d)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(found.trackedUrl()));
        }
        matcher.appendTail(out);
        return new Result(out.toString(), new ArrayList<>(byDestination.values()));
    }
}
