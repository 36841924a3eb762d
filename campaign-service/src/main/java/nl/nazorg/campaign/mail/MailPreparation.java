package nl.nazorg.campaign.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.config.SurveyLinkConfig;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.Contacts;
import nl.nazorg.campaign.send.CampaignEvents;
import nl.nazorg.campaign.send.SendLog;
import nl.nazorg.campaign.send.SendPolicy;
import nl.nazorg.campaign.send.SendStatus;
import nl.nazorg.campaign.send.Suppression;
import nl.nazorg.campaign.signal.KnownSignal;
import nl.nazorg.campaign.signal.KnownSignals;
import nl.nazorg.campaign.template.MailRenderer;
import nl.nazorg.campaign.template.TemplateContent;
import nl.nazorg.campaign.template.TemplateData;
import nl.nazorg.campaign.template.TemplateStore;
import nl.nazorg.campaign.tracking.LinkDirectory;
import nl.nazorg.campaign.tracking.LinkRewriter;
import nl.nazorg.campaign.tracking.LinkTarget;
import nl.nazorg.campaign.tracking.LinkTokens;
import nl.nazorg.campaign.tracking.TrackedLinks;
import nl.nazorg.events.campaign.EmailFailureReason;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.security.link.SurveyLinkTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static nl.nazorg.campaign.storage.SqlColumns.names;
import static nl.nazorg.campaign.storage.SqlColumns.times;
import static nl.nazorg.campaign.storage.SqlColumns.uuids;

/**
 * Turns claimed sends into e-mails, a batch in one transaction of the reactive PostgreSQL client: the contacts, signals
 * and firms' own templates read with one statement each, consent, unsubscribe and arrears checked once more (all may
 * have changed since planning), each e-mail rendered with its links rewritten to tracked ones, then one statement
 * each for the links, the sends that end here (suppressed, or failed for good; fenced by the claim's attempt like the
 * results) and their EmailFailed. Once committed, the links are served from memory.
 */
@ApplicationScoped
public class MailPreparation {

    private static final Logger LOG = Logger.getLogger(MailPreparation.class);

    private static final String ENDED = """
            UPDATE send_log s SET status = e.status, suppression = e.suppression, failure_reason = e.failure_reason,
                                  failed_at = e.failed_at, lease_until = NULL
            FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
                 AS e(send_id, attempts, status, suppression, failure_reason, failed_at)
            WHERE s.send_id = e.send_id AND s.status = 'SENDING' AND s.attempts = e.attempts""";

    @Inject
    CampaignConfig config;

    @Inject
    SurveyLinkConfig surveyLinks;

    @Inject
    Contacts contacts;

    @Inject
    KnownSignals signals;

    @Inject
    TemplateStore templates;

    @Inject
    MailRenderer renderer;

    @Inject
    LinkTokens tokens;

    @Inject
    LinkDirectory directory;

    @Inject
    TrackedLinks trackedLinks;

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

    /** The e-mails ready for SMTP; the other claimed sends are recorded as ended. */
    public Uni<List<OutgoingMail>> prepare(List<SendLog> sends) {
        long generation = directory.generation();
        Batch batch = new Batch();
        return pool.withTransaction(transaction -> read(transaction, sends, batch)
                        .chain(() -> trackedLinks.insert(transaction, batch.links))
                        .chain(() -> ended(transaction, batch.ended))
                        .chain(() -> outbox.appendAll(transaction, batch.events)))
                .invoke(() -> directory.rememberSince(generation, batch.links))
                .replaceWith(batch.ready);
    }

    private Uni<Void> read(SqlConnection transaction, List<SendLog> sends, Batch batch) {
        List<String> clients = sends.stream().map(s -> s.clientId).distinct().toList();
        List<String> signalIds = sends.stream().map(s -> s.signalId).filter(Objects::nonNull).distinct().toList();
        return contacts.byId(transaction, clients).chain(contact -> signals.byId(transaction, signalIds)
                .chain(signal -> templates.forBatch(transaction, sends.stream().map(s -> s.templateId).toList())
                        .invoke(content -> sends.forEach(send -> {
                            Contact to = contact.get(send.clientId);
                            String language = to == null || to.language == null ? "nl" : to.language;
                            prepareOne(send, to, send.signalId == null ? null : signal.get(send.signalId),
                                    content.find(send.tenantId, send.templateId, language), batch);
                        }))))
                .replaceWithVoid();
    }

    private Uni<Void> ended(SqlConnection transaction, List<SendLog> ended) {
        if (ended.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return transaction.preparedQuery(ENDED).execute(Tuple.from(Arrays.<Object>asList(
                        uuids(ended, s -> s.sendId), ended.stream().map(s -> s.attempts).toArray(Integer[]::new),
                        names(ended, s -> s.status), names(ended, s -> s.suppression),
                        names(ended, s -> s.failureReason), times(ended, s -> s.failedAt))))
                .replaceWithVoid();
    }

    private void prepareOne(SendLog send, Contact contact, KnownSignal signal, Optional<TemplateContent> content,
                            Batch batch) {
        Instant now = clock.instant();
        if (contact == null) {
            batch.suppress(send, Suppression.NO_PROFILE);
            return;
        }
        if (send.messageClass == MessageClass.MARKETING) {
            // Consent may have changed since the send was planned: an unsubscribe takes effect at once.
            Optional<Suppression> refused = SendPolicy.marketingRefused(contact.unsubscribedAt != null,
                    contact.marketingAllowed(), contact.openArrears);
            if (refused.isPresent()) {
                batch.suppress(send, refused.get());
                return;
            }
        }
        if (!HeaderText.isSafeAddress(contact.email)) {
            batch.fail(send, EmailFailureReason.INVALID_ADDRESS, now);
            return;
        }
        if (content.isEmpty()) {
            batch.fail(send, EmailFailureReason.TEMPLATE_ERROR, now);
            return;
        }
        try {
            batch.ready.add(compose(send, contact, signal, content.get(), batch.links, now));
        } catch (TemplateException e) {
            LOG.warnf("template %s failed for send %s: %s", send.templateId, send.sendId, e.getMessage());
            batch.fail(send, EmailFailureReason.TEMPLATE_ERROR, now);
        }
    }

    private OutgoingMail compose(SendLog send, Contact contact, KnownSignal signal, TemplateContent content,
                                 List<LinkTarget> links, Instant now) {
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

    private LinkTarget link(SendLog send, String token, String destination, int number, Instant now) {
        return new LinkTarget(LinkTokens.randomPart(token).orElseThrow(), send.tenantId, send.campaignId, send.variant,
                send.sendId, send.clientId, send.signalId, "link-" + number, destination, now,
                now.plus(config.linkValidity()));
    }

    /** What one batch produced. */
    private static final class Batch {
        final List<OutgoingMail> ready = new ArrayList<>();
        final List<LinkTarget> links = new ArrayList<>();
        final List<SendLog> ended = new ArrayList<>();
        final List<OutboxEvent> events = new ArrayList<>();

        void suppress(SendLog send, Suppression reason) {
            send.status = SendStatus.SUPPRESSED;
            send.suppression = reason;
            ended.add(send);
        }

        void fail(SendLog send, EmailFailureReason reason, Instant now) {
            send.status = SendStatus.FAILED;
            send.failureReason = reason;
            send.failedAt = now;
            ended.add(send);
            events.add(CampaignEvents.outboxEvent(CampaignEvents.failed(send, reason, true)));
        }
    }
}
