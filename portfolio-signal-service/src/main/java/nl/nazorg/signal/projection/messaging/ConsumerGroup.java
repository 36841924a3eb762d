package nl.nazorg.signal.projection.messaging;

/** The Kafka consumer group of this service; also part of its dead-letter topic names. */
public final class ConsumerGroup {

    public static final String NAME = "portfolio-signal-service";

    private ConsumerGroup() {
    }
}
