package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.PlatformService;

/**
 * campaign-service killed ({@code kill -9}) while a client keeps clicking a tracked link: a click is answered before
 * it is durable, so a crash may lose the clicks of its last moments — the writer's 20 ms of gathering and one publish
 * (campaign-service's README) — and no more. Every click answered a second or longer before the kill must be on
 * {@code campaign-events.v1} as LinkClicked and in the statistics' rows; after the restart the link works again.
 */
@ExtendWith(PlatformExtension.class)
class ClickCrashTest {

    /** Far above the documented window (tens of milliseconds), far below what a lost queue would be. */
    private static final Duration DURABLE_AFTER = Duration.ofSeconds(1);
    private static final int CLICKS_BEFORE_THE_KILL = 300;

    @Test
    void aKillLosesOnlyTheClicksOfItsLastMoments(TestPlatform platform) throws InterruptedException {
        Firm firm = platform.newFirm();
        firm.autoCampaign("MISSING_TRAVEL_INSURANCE");
        ClientFile sanne = ClientFile.named("Sanne").fixedRatePart("250000", "3.8", ClientFile.today().plusYears(6));
        String clientId = firm.enter(sanne);
        firm.optIn(clientId);
        firm.awaitSignal(clientId, "HOME_EQUITY");
        firm.changePortfolio(clientId, sanne.without("TRAVEL"));
        ReceivedMail mail = platform.mailbox().awaitMessage(m -> m.isAddressedTo(sanne.email()), Firm.FLOW);
        String link = TrackedLinks.in(mail).get(0);

        List<Instant> answered = new CopyOnWriteArrayList<>();
        Thread clicking = new Thread(() -> clickUntilRefused(link, answered), "clicking");
        clicking.start();
        await().atMost(Firm.FLOW).until(() -> answered.size() >= CLICKS_BEFORE_THE_KILL);
        platform.kill(PlatformService.CAMPAIGN);
        Instant killed = Instant.now();
        clicking.join(Firm.FLOW.toMillis());
        platform.restart(PlatformService.CAMPAIGN);

        long durableBefore = answered.stream().filter(at -> at.isBefore(killed.minus(DURABLE_AFTER))).count();
        long published = TopicTap.readToEnd(platform.kafkaBootstrapServers(), Topics.CAMPAIGN_EVENTS, clientId)
                .stream().filter(TopicTap.ofType(EventType.LINK_CLICKED.ceType())).count();
        long recorded = Rows.count(platform.database("campaign"),
                "SELECT count(*) FROM link_click WHERE client_id = ?", clientId);
        String counts = String.format("%d clicks answered before the kill, %d of them over %s before it; %d published, "
                + "%d recorded", answered.size(), durableBefore, DURABLE_AFTER, published, recorded);
        // + 1: the click whose answer the kill may have cut off on its way back (queued, published, never read).
        assertThat(published).as(counts).isBetween(durableBefore, answered.size() + 1L);
        assertThat(recorded).as(counts).isBetween(durableBefore, published);
        assertThat(TrackedLinks.click(link).status()).as("the link after the restart").isEqualTo(302);
        System.out.println("ClickCrashTest: " + counts + "; lost in the crash: " + (answered.size() - published));
    }

    /** One click after the other on one connection, each 302 noted with its time, until the service is gone. */
    private static void clickUntilRefused(String link, List<Instant> answered) {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest click = HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            try {
                if (browser.send(click, HttpResponse.BodyHandlers.discarding()).statusCode() != 302) {
                    return;
                }
                answered.add(Instant.now());
            } catch (IOException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
