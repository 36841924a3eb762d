package nl.nazorg.launcher.e2e;

import static nl.nazorg.launcher.PlatformService.CAMPAIGN;
import static nl.nazorg.launcher.PlatformService.CLIENT;
import static nl.nazorg.launcher.PlatformService.SIGNAL;
import static nl.nazorg.launcher.PlatformService.SURVEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.nazorg.launcher.api.ApiResponse;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.security.Roles;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;
import nl.nazorg.security.token.TokenSpec;

/**
 * Security issue 14's probes, made from the outside against the four services as production runs them, each as an
 * attacker with an ordinary login (or a leaked secret) would: every one gets a refusal, and nothing changes.
 */
@ExtendWith(PlatformExtension.class)
class SecurityProbesTest {

    private static final List<String> SERVICES = List.of(CLIENT, SIGNAL, CAMPAIGN, SURVEY);
    private static final List<String> READS = List.of("/api/v1/clients", "/api/v1/signals", "/api/v1/campaigns",
            "/api/v1/surveys");

    /** Findings 1 and 3: a template reads no secret, and the nested-loop bomb is refused at once. */
    @Test
    void aTemplateReadsNoSecretAndCannotTakeCampaignServiceDown(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String secret = platform.secrets().campaignLinks().current().secret();
        for (String probe : List.of("{config:['nazorg.campaign.link-secret']}",
                "{config:property('quarkus.datasource.password')}", "{inject:campaignConfig}", "{firm.name.getClass()}",
                "{#for a in 100}{#for b in 100}{#for c in 1000}{/for}{/for}{/for}")) {
            ApiResponse refused = firm.campaigns("POST", "/templates", PlatformClient.toJson(java.util.Map.of(
                    "name", "Probe", "subjectNl", "Hallo", "bodyNl", "{greeting} " + probe)));
            assertThat(refused.status()).as(probe).isEqualTo(400);
            assertThat(refused.body()).as(probe).doesNotContain(secret);
        }
        firm.campaigns("GET", "/templates", null).expect(200);
    }

    /** Finding 2: a link signed with the (leaked) survey secret for another firm's client opens nothing. */
    @Test
    void aForgedSurveyLinkForAnotherFirmsClientAnswersLikeAnUnknownOne(TestPlatform platform) {
        Firm victim = platform.newFirm();
        ClientFile client = ClientFile.named("Vera").fixedRatePart("240000", "3.9", ClientFile.today().plusYears(7));
        String clientId = victim.enter(client);
        String forged = SurveyLinkTokens.sign(platform.secrets().surveyLinks(), new SurveyLink(victim.tenant(), clientId,
                "annual-aftercare-scan", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                Instant.now().plus(Duration.ofDays(1))));
        ApiResponse unknown = SurveyVisit.open(platform.url(SURVEY, "/s/" + "x".repeat(forged.length())));
        ApiResponse opened = SurveyVisit.open(platform.url(SURVEY, "/s/" + forged));
        assertThat(opened.status()).isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(opened.body()).isEqualTo(unknown.body());
        ApiResponse submitted = PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(platform.url(SURVEY, "/s/" + forged)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("q.new-email=attacker%40example.org&action=submit")).build());
        assertThat(submitted.status()).isEqualTo(404);
        assertThat(victim.clients("GET", "/contact-changes?status=PENDING&client=" + clientId, null).body())
                .doesNotContain("attacker");
        assertThat(victim.clients("GET", "/clients/" + clientId, null).json(200).get("email").asText())
                .isEqualTo(client.email());
    }

    /** Finding 4: a firm's admin cannot change the platform-wide market rates. */
    @Test
    void aFirmsAdminCannotChangeThePlatformsMarketRates(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String table = """
                {"lenderName": "Probe", "validFrom": "%s", "rates": [{"fixedRatePeriodYears": 10, "riskClass": "NHG", "rate": 0.100}]}"""
                .formatted(ClientFile.today());
        assertThat(firm.signals("PUT", "/market-rates/ING", table).status()).isEqualTo(403);
    }

    /** Finding 5: a token for another application, without an audience or issued in the future, is refused everywhere. */
    @Test
    void tokensForAnotherAudienceOrFromTheFutureAreRefusedByEveryService(TestPlatform platform) {
        TokenSpec good = TokenSpec.adviser("firm-probe", "adviser-1", Roles.ADVISER, Roles.ADMIN);
        List<TokenSpec> refused = List.of(good.withAudience("another-application"), good.withoutAudience(),
                good.withValidity(Instant.now().plus(Duration.ofMinutes(10)), Duration.ofHours(1)));
        for (int i = 0; i < SERVICES.size(); i++) {
            String url = platform.url(SERVICES.get(i), READS.get(i));
            assertThat(new PlatformClient(platform.token(good)).get(url).status()).as(url).isEqualTo(200);
            for (TokenSpec spec : refused) {
                assertThat(new PlatformClient(platform.token(spec)).get(url).status()).as(url + " " + spec).isEqualTo(401);
            }
        }
    }

    /** Finding 6: the body limit counts the bytes of a chunked body as they arrive. */
    @Test
    void aChunkedBodyOverTheLimitIsA413(TestPlatform platform) throws IOException {
        Firm firm = platform.newFirm();
        String answer = chunkedPost(URI.create(platform.url(CLIENT, "/api/v1/clients")),
                platform.token(TokenSpec.adviser(firm.tenant(), "adviser-1", Roles.ADMIN)), 5 * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json");
    }

    /**
     * Sends {@code bytes} of JSON without a Content-Length, in chunks, over a plain socket (an HTTP client gives up on
     * the answer when the server stops reading), and answers the raw response.
     */
    private static String chunkedPost(URI url, String token, int bytes) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json"
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("8000\r\n" + "x".repeat(0x8000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                out.write("6\r\n{\"a\":\"\r\n".getBytes(StandardCharsets.US_ASCII));
                for (int sent = 0; sent < bytes; sent += 0x8000) {
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException stoppedReading) {
                // The server answered and closed before the end of the body: its answer is in the input stream.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketTimeoutException | SocketException keptOpenOrReset) {
                // What arrived before is the answer.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** Finding 7: roles by harm, and a message class that is not the creator's word. */
    @Test
    void anAdviserWithoutAdminCannotEraseExportOrWriteTemplatesAndCampaigns(TestPlatform platform) {
        Firm firm = platform.newFirm();
        String clientId = firm.enter(ClientFile.named("Ruud").fixedRatePart("240000", "3.9", ClientFile.today().plusYears(7)));
        String adviserToken = platform.token(TokenSpec.adviser(firm.tenant(), "adviser-2", Roles.ADVISER));
        PlatformClient adviser = new PlatformClient(adviserToken);
        assertThat(adviser.delete(platform.url(CLIENT, "/api/v1/clients/" + clientId)).status()).isEqualTo(403);
        assertThat(export(platform, adviserToken).status()).isEqualTo(403);
        assertThat(adviser.post(platform.url(CLIENT, "/api/v1/clients/import"), "text/csv", "id\n").status()).isEqualTo(403);
        assertThat(adviser.post(platform.url(CAMPAIGN, "/api/v1/templates"), """
                {"name": "Probe", "subjectNl": "Hallo", "bodyNl": "{greeting}"}""").status()).isEqualTo(403);
        assertThat(adviser.post(platform.url(CAMPAIGN, "/api/v1/campaigns"), """
                {"name": "Probe", "kind": "SELECTION", "templateId": "builtin:HOME_EQUITY"}""").status()).isEqualTo(403);
        assertThat(adviser.put(platform.url(SURVEY, "/api/v1/surveys/probe"), SurveyVisit.NAZORG_CHECK).status()).isEqualTo(403);
        assertThat(adviser.get(platform.url(CLIENT, "/api/v1/clients/" + clientId)).status()).isEqualTo(200);
        assertThat(firm.campaigns("POST", "/campaigns", """
                {"name": "Iedereen", "kind": "SELECTION", "templateId": "builtin:HOME_EQUITY", "messageClass": "SERVICE"}""")
                .status()).isEqualTo(400);
    }

    private static ApiResponse export(TestPlatform platform, String token) {
        return PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(platform.url(CLIENT, "/api/v1/clients/export")))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").GET().build());
    }

    /**
     * Finding 8: metrics and detailed health are not on the public port (the API description is); exported cells
     * cannot start a formula.
     */
    @Test
    void metricsAndHealthAreNotPublicAndExportedCellsAreNoFormulas(TestPlatform platform) {
        for (String service : SERVICES) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                ApiResponse answer = PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(platform.url(service, path)))
                        .GET().build());
                assertThat(answer.status()).as(service + path).isIn(401, 403, 404);
                assertThat(answer.body()).as(service + path).doesNotContain("kafka").doesNotContain("bootstrap");
            }
        }
        for (String service : SERVICES) {
            ApiResponse description = PlatformClient.anonymous(HttpRequest.newBuilder(
                    URI.create(platform.url(service, "/q/openapi"))).GET().build());
            assertThat(description.status()).as(service + " keeps its API description public").isEqualTo(200);
        }
        Firm firm = platform.newFirm();
        String formula = ClientFile.named("Fem").fixedRatePart("240000", "3.9", ClientFile.today().plusYears(7)).json()
                .replace("\"lastName\": \"Visser\"", "\"lastName\": \"=HYPERLINK(1)\"");
        assertThat(formula).contains("=HYPERLINK(1)");
        firm.clients("POST", "/clients", formula).expect(201);
        String csv = export(platform, platform.token(TokenSpec.adviser(firm.tenant(), "admin-1", Roles.ADMIN))).expect(200).body();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(",=HYPERLINK")
                .doesNotContain("\"=HYPERLINK").doesNotContain("\n=HYPERLINK");
    }
}
