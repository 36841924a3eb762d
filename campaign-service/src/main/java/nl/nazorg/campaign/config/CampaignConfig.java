package nl.nazorg.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import nl.nazorg.security.link.LinkKey;
import nl.nazorg.security.link.LinkKeyRing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed settings of campaign-service; every value has a default that suits the local platform. */
@ConfigMapping(prefix = "nazorg.campaign")
public interface CampaignConfig {

    /** Where clients reach this service: tracked links and unsubscribe pages are built on it. */
    @WithDefault("http://localhost:8083")
    String publicBaseUrl();

    /**
     * HMAC secret of the current tracked-link key, which binds a token to its tenant (rejects forged tokens before
     * any lookup). With {@link #linkKeyId()} and {@link #linkPreviousKeys()} the key ring of tracked links.
     */
    String linkSecret();

    /** Id of the current tracked-link key, carried in every token (rotation: README). */
    @WithDefault(LinkKeyRing.ORIGINAL_KEY_ID)
    String linkKeyId();

    /** Tracked-link keys that only verify, {@code <id>:<secret>,…}, until the links they signed have expired. */
    Optional<List<LinkKey>> linkPreviousKeys();

    default LinkKeyRing trackedLinkKeys() {
        return new LinkKeyRing(new LinkKey(linkKeyId(), linkSecret()), linkPreviousKeys().orElse(List.of()));
    }

    /** How long a tracked link keeps redirecting. */
    @WithDefault("P365D")
    Duration linkValidity();

    LinkMemory linkMemory();

    /**
     * How long a triggered send waits for a client's profile that has not arrived yet (the profile consumer lagging
     * the signal consumer, e.g. during a bulk import or after a restart) before it is suppressed as NO_PROFILE.
     */
    @WithDefault("1h")
    Duration profileWait();

    FrequencyCap frequencyCap();

    Sender sender();

    Dispatch dispatch();

    Scanner scanner();

    interface FrequencyCap {
        /** At most this many MARKETING e-mails per client in {@link #window()} (DESIGN.md §5). */
        @WithDefault("2")
        int maxMarketingEmails();

        @WithDefault("P30D")
        Duration window();
    }

    /** The firm as it appears to clients. */
    interface Sender {
        @WithDefault("Uw adviseur")
        String name();

        /** The From address; absent: quarkus.mailer.from. */
        Optional<String> address();

        @WithDefault("https://www.example.nl")
        String website();

        @WithDefault("https://www.example.nl/afspraak")
        String appointmentUrl();

        @WithDefault("020 123 45 67")
        String phone();
    }

    interface Dispatch {
        @WithDefault("true")
        boolean enabled();

        /** Sends claimed per cycle. */
        @WithDefault("200")
        int batchSize();

        /** Parallel SMTP conversations; keep at or below quarkus.mailer.max-pool-size. */
        @WithDefault("10")
        int concurrency();

        /**
         * How long passing failures (no connection, time-out, 4xx) are retried, counted from a send's first attempt,
         * before EmailFailed: an SMTP outage of hours is waited out.
         */
        @WithDefault("12h")
        Duration retryFor();

        @WithDefault("2s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /**
         * A claimed send not recorded within this time (crash) is claimed again. The dispatcher renews the leases of
         * what it holds every quarter lease and hands an e-mail to SMTP only while at least half its lease is left,
         * so keep it above twice {@code quarkus.mailer.timeout}.
         */
        @WithDefault("2m")
        Duration lease();

        /**
         * Longest wait between cycles when nothing wakes the dispatcher (due retries, expired profile waits,
         * scheduled launches): how late those may start. Each idle cycle is three queries; at 500 ms they kept an
         * idle service above 2% of a core.
         */
        @WithDefault("2s")
        Duration idleWait();
    }

    /** Tracked links served from memory (README, "Tracked links"). */
    interface LinkMemory {
        /** Links kept at most (least recently and least often used go first); about 0.5 KB each. */
        @WithDefault("100000")
        int maxLinks();

        /** The backstop: a link is read from the database again at least this often. */
        @WithDefault("10m")
        Duration expiry();
    }

    interface Scanner {
        /** A click this soon after sending is probably a mail-security scanner. */
        @WithDefault("10s")
        Duration tooSoonAfterSend();

        @WithDefault("barracuda,proofpoint,mimecast,safelinks,urldefense,bingpreview,symantec,trendmicro,fortinet,"
                + "sophos,cisco,ironport,python-requests,curl/,wget/,go-http-client,headlesschrome,googleimageproxy")
        List<String> agents();
    }
}
