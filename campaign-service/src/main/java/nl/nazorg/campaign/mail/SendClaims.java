package nl.nazorg.campaign.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.TemplateException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.config.SurveyLinkConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendPlanner;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.campaign.signal.KnownSignal;
import nl.nazorg.campaign.template.MailRenderer;
import nl.nazorg.campaign.template.TemplateContent;
import nl.nazorg.campaign.template.TemplateData;
import nl.nazorg.campaign.template.TemplateStore;
import nl.nazorg.campaign.tracking.LinkDirectory;
import nl.nazorg.campaign.tracking.LinkRewriter;
import nl.nazorg.campaign.tracking.LinkTokens;
import nl.nazorg.campaign.tracking.TrackedLink;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims due sends for this dispatcher (SKIP LOCKED, with a lease so a crashed instance's claims come back), checks
 * the send rules once more (frequency cap in the claim; consent, unsubscribe and arrears while preparing: all may have
 * changed since planning), renders them and stores their tracked links — one transaction per batch.
 */
@ApplicationScoped
public class SendClaims {

    private static final Logger LOG = Logger.getLogger(SendClaims.class);

    private static final String CLAIM = """
            UPDATE send_log SET status = 'SENDING', lease_until = now() + make_interval(secs => $1), attempts = attempts + 1,
                                first_attempt_at = coalesce(first_attempt_at, now())
            WHERE send_id IN (SELECT send_id FROM send_log
                              WHERE (status = 'PENDING' AND next_attempt_at <= now())
                                 OR (status = 'SENDING' AND lease_until < now())
                              ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING send_id""";

    /**
     * The frequency cap once more, for the MARKETING sends just claimed: a send is over the cap when as many MARKETING
     * e-mails of its client in the window (sent or on their way) were planned before it. Planning counted the same, but
     * two plannings of one client in separate transactions (a selection launch and a signal poll) cannot see each
     * other; the order "planned before" makes every dispatcher decide the same.
     */
    private static final String OVER_CAP = """
            UPDATE send_log s SET status = 'SUPPRESSED', suppression = 'FREQUENCY_CAP', lease_until = NULL
            WHERE s.send_id = ANY($1::uuid[]) AND s.message_class = 'MARKETING'
              AND (SELECT count(*) FROM send_log o
                   WHERE o.tenant_id = s.tenant_id AND o.client_id = s.client_id AND o.message_class = 'MARKETING'
                     AND o.status = ANY($2::text[]) AND o.created_at > now() - make_interval(secs => $3)
                     AND (o.created_at, o.send_id) < (s.created_at, s.send_id)) >= $4
            RETURNING s.send_id""";

    private static final String[] COUNTED = SendPlanner.COUNTED.stream().map(Enum::name).toArray(String[]::new);

    @Inject
    CampaignConfig config;

    @Inject
    SurveyLinkConfig surveyLinks;

    @Inject
    TemplateStore templates;

    @Inject
    MailRenderer renderer;

    @Inject
    LinkTokens tokens;

    @Inject
    LinkDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> mailerFrom;

    /**
     * The claim commits on its own, with the frequency cap applied once more: if preparing fails, the lease brings the
     * sends back.
     */
    public Uni<List<OutgoingMail>> claim(int batchSize) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM)
                        .execute(Tuple.of((double) config.dispatch().lease().toSeconds(), batchSize))
                        .map(SendClaims::ids)
                        .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(ids) : withinCap(connection, ids)))
                .chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<OutgoingMail>of()) : prepare(ids));
    }

    /** The claimed sends that the cap lets through; the others are SUPPRESSED (FREQUENCY_CAP). */
    private Uni<List<UUID>> withinCap(SqlConnection connection, List<UUID> claimed) {
        return connection.preparedQuery(OVER_CAP).execute(Tuple.of(claimed.toArray(UUID[]::new), COUNTED,
                        (double) config.frequencyCap().window().toSeconds(), config.frequencyCap().maxMarketingEmails()))
                .map(rows -> {
                    List<UUID> allowed = new ArrayList<>(claimed);
                    allowed.removeAll(ids(rows));
                    return allowed;
                });
    }

    private static List<UUID> ids(RowSet<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getUUID(0)));
        return ids;
    }

    /** Renders the claimed sends and stores their links; once stored, the links are served from memory. */
    private Uni<List<OutgoingMail>> prepare(List<UUID> ids) {
        long generation = directory.generation();
        List<TrackedLink> links = new ArrayList<>();
        return Panache.withTransaction(() -> prepare(ids, links))
                .invoke(() -> directory.rememberSince(generation, links.stream().map(TrackedLink::target).toList()));
    }

    private Uni<List<OutgoingMail>> prepare(List<UUID> ids, List<TrackedLink> links) {
        return SendLog.<SendLog>list("sendId in ?1", ids).chain(sends -> {
            List<String> clients = sends.stream().map(s -> s.clientId).distinct().toList();
            List<String> signals = sends.stream().map(s -> s.signalId).filter(id -> id != null).distinct().toList();
            return Contact.<Contact>list("clientId in ?1", clients)
                    .chain(contacts -> (signals.isEmpty() ? Uni.createFrom().item(List.<KnownSignal>of())
                            : KnownSignal.<KnownSignal>list("signalId in ?1", signals))
                            .chain(known -> prepareEach(sends, byId(contacts, c -> c.clientId),
                                    byId(known, s -> s.signalId), links)));
        });
    }

    private Uni<List<OutgoingMail>> prepareEach(List<SendLog> sends, Map<String, Contact> contacts,
                                                Map<String, KnownSignal> signals, List<TrackedLink> links) {
        List<OutgoingMail> ready = new ArrayList<>();
        List<OutboxEvent> events = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SendLog send : sends) {
            Contact contact = contacts.get(send.clientId);
            chain = chain.chain(() -> templateFor(send, contact)).invoke(content ->
                    prepareOne(send, contact, signals.get(send.signalId), content, ready, links, events)).replaceWithVoid();
        }
        // Panache's persist of an empty list fails ("The Uni set is empty"): a batch without links persists none.
        return chain.chain(() -> links.isEmpty() ? Uni.createFrom().voidItem() : TrackedLink.persist(links))
                .chain(() -> events.isEmpty() ? Uni.createFrom().voidItem() : outbox.appendAll(events))
                .replaceWith(ready);
    }

    private Uni<Optional<TemplateContent>> templateFor(SendLog send, Contact contact) {
        String language = contact == null || contact.language == null ? "nl" : contact.language;
        return templates.find(send.tenantId, send.templateId, language);
    }

    private void prepareOne(SendLog send, Contact contact, KnownSignal signal, Optional<TemplateContent> content,
                            List<OutgoingMail> ready, List<TrackedLink> links, List<OutboxEvent> events) {
        Instant now = clock.instant();
        if (contact == null) {
            suppress(send, Suppression.NO_PROFILE);
            return;
        }
        if (send.messageClass == MessageClass.MARKETING) {
            // Consent may have changed since the send was planned: an unsubscribe takes effect at once.
            if (contact.unsubscribedAt != null) {
                suppress(send, Suppression.UNSUBSCRIBED);
                return;
            }
            if (!contact.marketingAllowed()) {
                suppress(send, Suppression.NO_CONSENT);
                return;
            }
            if (contact.openArrears) {
                suppress(send, Suppression.PAYMENT_ARREARS);
                return;
            }
        }
        if (!HeaderText.isSafeAddress(contact.email)) {
            fail(send, EmailFailureReason.INVALID_ADDRESS, now, events);
            return;
        }
        if (content.isEmpty()) {
            fail(send, EmailFailureReason.TEMPLATE_ERROR, now, events);
            return;
        }
        try {
            ready.add(compose(send, contact, signal, content.get(), links, now));
        } catch (TemplateException e) {
            LOG.warnf("template %s failed for send %s: %s", send.templateId, send.sendId, e.getMessage());
            fail(send, EmailFailureReason.TEMPLATE_ERROR, now, events);
        }
    }

    private OutgoingMail compose(SendLog send, Contact contact, KnownSignal signal, TemplateContent content,
                                 List<TrackedLink> links, Instant now) {
        String language = content.language();
        String surveyUrl = send.surveyId == null ? null : surveyLinks.baseUrl() + SurveyLinkTokens.sign(
                surveyLinks.keyRing(), new SurveyLink(send.tenantId, send.clientId, send.surveyId,
                        send.campaignId.toString(), send.sendId.toString(), now.plus(surveyLinks.validity())));
        Map<String, Object> data = TemplateData.of(json, language,
                new TemplateData.Person(contact.firstName, contact.initials, contact.lastNamePrefix, contact.lastName,
                        contact.salutation == null ? null : contact.salutation.name()),
                signal == null ? null : signal.figuresJson, signal == null ? null : signal.inputsJson,
                signal == null ? null : signal.dueDate, contact.childrenJson, config.sender(), surveyUrl);
        MailRenderer.Rendered rendered = renderer.render(content, data);
        String base = config.publicBaseUrl();
        int[] number = {0};
        LinkRewriter.Result rewritten = LinkRewriter.rewrite(rendered.body(), destination -> {
            String token = tokens.issue(send.tenantId);
            links.add(link(send, token, destination, ++number[0], now));
            return base + "/r/" + token;
        });
        String unsubscribeUrl = base + "/u/" + send.unsubscribeToken;
        MailLayout.Parts parts = MailLayout.build(rewritten.body(), language, config.sender().name(),
                config.sender().phone(), unsubscribeUrl);
        String address = config.sender().address().or(() -> mailerFrom).orElse(null);
        String from = address == null ? null : HeaderText.mailbox(config.sender().name(), address);
        return new OutgoingMail(send.sendId, send.attempts, send.firstAttemptAt, from, contact.email,
                HeaderText.clean(rendered.subject()), parts.text(), parts.html(), unsubscribeUrl);
    }

    private TrackedLink link(SendLog send, String token, String destination, int number, Instant now) {
        TrackedLink link = new TrackedLink();
        link.token = LinkTokens.randomPart(token).orElseThrow();
        link.tenantId = send.tenantId;
        link.sendId = send.sendId;
        link.campaignId = send.campaignId;
        link.variant = send.variant;
        link.clientId = send.clientId;
        link.signalId = send.signalId;
        link.linkId = "link-" + number;
        link.destination = destination;
        link.createdAt = now;
        link.expiresAt = now.plus(config.linkValidity());
        return link;
    }

    private static void suppress(SendLog send, Suppression reason) {
        send.status = SendStatus.SUPPRESSED;
        send.suppression = reason;
        send.leaseUntil = null;
    }

    private static void fail(SendLog send, EmailFailureReason reason, Instant now, List<OutboxEvent> events) {
        send.status = SendStatus.FAILED;
        send.failureReason = reason;
        send.failedAt = now;
        send.leaseUntil = null;
        events.add(CampaignEvents.outboxEvent(CampaignEvents.failed(send, reason, true)));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, item -> item, (a, b) -> a));
    }
}
