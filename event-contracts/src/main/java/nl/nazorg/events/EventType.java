package nl.nazorg.events;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.nazorg.events.campaign.AdviserTaskCreated;
import nl.nazorg.events.campaign.EmailFailed;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.campaign.LinkClicked;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalResolved;
import nl.nazorg.events.signal.SignalUpdated;
import nl.nazorg.events.survey.SurveyCompleted;

/**
 * Every event type of the platform: its CloudEvents {@code ce_type}, the topic it travels on, the record its JSON
 * value binds to, and its JSON Schema. A topic may carry several types (signals, campaign events); a consumer tells
 * them apart by the {@code ce_type} header, and skips a type it does not know (a later version may add types).
 */
public enum EventType {

    /** {@link ClientProfile} on {@code client-profiles.v1}; a tombstone carries the same type. */
    CLIENT_PROFILE("nl.nazorg.client.profile.v1", Topics.CLIENT_PROFILES, ClientProfile.class, "client-profile"),

    /** {@link Portfolio} on {@code portfolios.v1}; a tombstone carries the same type. */
    PORTFOLIO("nl.nazorg.client.portfolio.v1", Topics.PORTFOLIOS, Portfolio.class, "portfolio"),

    /** {@link MarketRateTable} on {@code market-rates.v1}; a tombstone carries the same type. */
    MARKET_RATE_TABLE("nl.nazorg.market.rate-table.v1", Topics.MARKET_RATES, MarketRateTable.class,
            "market-rate-table"),

    /** {@link SignalRaised} on {@code signals.v1}. */
    SIGNAL_RAISED("nl.nazorg.signal.raised.v1", Topics.SIGNALS, SignalRaised.class, "signal-raised"),

    /** {@link SignalUpdated} on {@code signals.v1}. */
    SIGNAL_UPDATED("nl.nazorg.signal.updated.v1", Topics.SIGNALS, SignalUpdated.class, "signal-updated"),

    /** {@link SignalResolved} on {@code signals.v1}. */
    SIGNAL_RESOLVED("nl.nazorg.signal.resolved.v1", Topics.SIGNALS, SignalResolved.class, "signal-resolved"),

    /** {@link EmailSent} on {@code campaign-events.v1}. */
    EMAIL_SENT("nl.nazorg.campaign.email-sent.v1", Topics.CAMPAIGN_EVENTS, EmailSent.class, "email-sent"),

    /** {@link EmailFailed} on {@code campaign-events.v1}. */
    EMAIL_FAILED("nl.nazorg.campaign.email-failed.v1", Topics.CAMPAIGN_EVENTS, EmailFailed.class, "email-failed"),

    /** {@link LinkClicked} on {@code campaign-events.v1}. */
    LINK_CLICKED("nl.nazorg.campaign.link-clicked.v1", Topics.CAMPAIGN_EVENTS, LinkClicked.class, "link-clicked"),

    /** {@link Unsubscribed} on {@code campaign-events.v1}. */
    UNSUBSCRIBED("nl.nazorg.campaign.unsubscribed.v1", Topics.CAMPAIGN_EVENTS, Unsubscribed.class, "unsubscribed"),

    /** {@link AdviserTaskCreated} on {@code campaign-events.v1}. */
    ADVISER_TASK_CREATED("nl.nazorg.campaign.adviser-task-created.v1", Topics.CAMPAIGN_EVENTS,
            AdviserTaskCreated.class, "adviser-task-created"),

    /** {@link SurveyCompleted} on {@code survey-responses.v1}. */
    SURVEY_COMPLETED("nl.nazorg.survey.completed.v1", Topics.SURVEY_RESPONSES, SurveyCompleted.class,
            "survey-completed"),

    /** {@link ProfileChangeRequested} on {@code profile-change-requests.v1}. */
    PROFILE_CHANGE_REQUESTED("nl.nazorg.client.profile-change-requested.v1", Topics.PROFILE_CHANGE_REQUESTS,
            ProfileChangeRequested.class, "profile-change-requested");

    /** The classpath folder of the JSON Schemas. */
    public static final String SCHEMA_FOLDER = "nl/nazorg/events/schemas/";

    private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_PAYLOAD_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private final String ceType;
    private final String topic;
    private final Class<? extends EventPayload> payloadClass;
    private final String schemaName;

    EventType(String ceType, String topic, Class<? extends EventPayload> payloadClass, String schemaName) {
        this.ceType = ceType;
        this.topic = topic;
        this.payloadClass = payloadClass;
        this.schemaName = schemaName;
    }

    /** The {@code ce_type} header value, e.g. {@code nl.nazorg.signal.raised.v1}. */
    public String ceType() {
        return ceType;
    }

    /** The topic this type travels on. */
    public String topic() {
        return topic;
    }

    /** The record the JSON value binds to. */
    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** The schema's short name, e.g. {@code signal-raised}. */
    public String schemaName() {
        return schemaName;
    }

    /** The schema's classpath resource, e.g. {@code nl/nazorg/events/schemas/signal-raised.schema.json}. */
    public String schemaResource() {
        return SCHEMA_FOLDER + schemaName + ".schema.json";
    }

    /** The type of a {@code ce_type} header value; empty for a type this library does not know. */
    public static Optional<EventType> fromCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    /** The type of a payload record. */
    public static EventType of(EventPayload payload) {
        Objects.requireNonNull(payload, "payload");
        EventType type = BY_PAYLOAD_CLASS.get(payload.getClass());
        if (type == null) {
            throw new IllegalArgumentException("not a contract record: " + payload.getClass().getName());
        }
        return type;
    }

    /** The types that travel on a topic, in declaration order; empty for a topic that is not a platform topic. */
    public static List<EventType> onTopic(String topic) {
        return Arrays.stream(values()).filter(type -> type.topic.equals(topic)).toList();
    }

    /**
     * The CloudEvents attributes for publishing a payload, with a fresh {@code ce_id}: its type, its key as subject,
     * its tenant.
     *
     * @param source the producing service, e.g. {@code /nazorg/portfolio-signal-service}
     * @param time   when the event happened
     */
    public static CloudEventAttributes cloudEventFor(EventPayload payload, String source, OffsetDateTime time) {
        return CloudEventAttributes.newEvent(of(payload).ceType, source, time, payload.partitionKey(),
                payload.tenantId());
    }
}
