package nl.nazorg.benchmarks.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import nl.nazorg.benchmarks.measure.Poll;

/**
 * Reads a topic from its current end, as a partner system would, and counts the records a filter accepts: how many,
 * their size, and the first one per key (when it arrived here, its record timestamp, its {@code ce_time}). Used to
 * time "until the last signal is on the topic" and the hops of the end-to-end path.
 */
public final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Predicate<ConsumerRecord<String, byte[]>> filter;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong valueBytes = new AtomicLong();
    private final AtomicLong headerBytes = new AtomicLong();
    private final Map<String, Sighting> firstByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> countByType = new ConcurrentHashMap<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final List<TopicPartition> partitions;
    private final Thread reader;
    private volatile boolean running = true;

    private TopicWatch(String bootstrapServers, String topic, Predicate<ConsumerRecord<String, byte[]>> filter) {
        this.filter = filter;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end now: every record published after this constructor returns is seen.
        partitions.forEach(partition -> positions.put(partition, consumer.position(partition)));
        this.reader = new Thread(this::read, "topic-watch-" + topic);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts watching {@code topic} from its end. */
    public static TopicWatch fromEnd(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> filter) {
        return new TopicWatch(bootstrapServers, topic, filter);
    }

    /** Records whose key starts with {@code prefix} and whose {@code ce_type} is one of {@code ceTypes}. */
    public static Predicate<ConsumerRecord<String, byte[]>> keyPrefixAndType(String prefix, String... ceTypes) {
        List<String> types = List.of(ceTypes);
        return record -> record.key() != null && record.key().startsWith(prefix)
                && types.contains(header(record, "ce_type"));
    }

    public long count() {
        return count.get();
    }

    /** Average value size of the counted records, in bytes. */
    public int averageValueBytes() {
        return (int) (valueBytes.get() / Math.max(1, count.get()));
    }

    /** Average total size of the counted records' headers, in bytes. */
    public int averageHeaderBytes() {
        return (int) (headerBytes.get() / Math.max(1, count.get()));
    }

    /** Counted records whose {@code ce_type} is {@code ceType}. */
    public long countOfType(String ceType) {
        AtomicLong counted = countByType.get(ceType);
        return counted == null ? 0 : counted.get();
    }

    /** Waits until this watch has read up to {@code endOffsets}, so its counts include everything before them. */
    public void awaitEnd(Map<TopicPartition, Long> endOffsets, Duration timeout) {
        Poll.until("reading the topic up to its end", timeout, () -> endOffsets.entrySet().stream()
                .allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue()));
    }

    /** When the first counted record with this key arrived here. */
    public Instant firstArrival(String key) {
        Sighting first = firstByKey.get(key);
        return first == null ? null : first.arrived();
    }

    /** The first counted record with this key, or null. */
    public Sighting first(String key) {
        return firstByKey.get(key);
    }

    /** Waits until {@code expected} records were counted; answers System.nanoTime() of that moment. */
    public long awaitCount(long expected, Duration timeout) {
        return Poll.untilAtLeast("records on the topic", timeout, expected, count::get);
    }

    private void read() {
        while (running) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (filter.test(record)) {
                        firstByKey.putIfAbsent(record.key(), Sighting.of(record));
                        valueBytes.addAndGet(record.value() == null ? 0 : record.value().length);
                        long headers = 0;
                        for (Header header : record.headers()) {
                            headers += header.key().length() + header.value().length;
                        }
                        headerBytes.addAndGet(headers);
                        countByType.computeIfAbsent(String.valueOf(header(record, "ce_type")), t -> new AtomicLong())
                                .incrementAndGet();
                        count.incrementAndGet();
                    }
                }
                partitions.forEach(partition -> positions.put(partition, consumer.position(partition)));
            } catch (org.apache.kafka.common.errors.WakeupException closing) {
                return;
            }
        }
    }

    /** The record's {@code ce_type} header. */
    public static String ceType(ConsumerRecord<String, byte[]> record) {
        return header(record, "ce_type");
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * One record as this watch saw it.
     *
     * @param arrived   when this watch read it
     * @param timestamp its record timestamp (CreateTime: when the producer sent it)
     * @param eventTime its {@code ce_time}: when the event was written in its transaction; null without the header
     */
    public record Sighting(Instant arrived, Instant timestamp, Instant eventTime) {

        static Sighting of(ConsumerRecord<String, byte[]> record) {
            String time = header(record, "ce_time");
            return new Sighting(Instant.now(), Instant.ofEpochMilli(record.timestamp()),
                    time == null ? null : OffsetDateTime.parse(time).toInstant());
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
