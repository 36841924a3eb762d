package nl.nazorg.benchmarks.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** A consumer group's lag: records on its topics that it has not committed yet, as Kafka's tools report it. */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records on {@code topics} after the group's committed offsets (a partition never committed counts whole). */
    public long of(String group, List<String> topics) {
        return lagOf(group, () -> {
            Map<TopicPartition, Long> ends = endOffsets(topics);
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            return ends.entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata offset = committed.get(end.getKey());
                return end.getValue() - (offset == null ? 0 : offset.offset());
            }).sum();
        });
    }

    /** Records after the group's committed offsets, over every partition the group has committed on. */
    public long ofGroup(String group) {
        return lagOf(group, () -> {
            Map<TopicPartition, OffsetAndMetadata> committed = committed(group);
            Map<TopicPartition, Long> ends = latest(committed.keySet());
            return committed.entrySet().stream().mapToLong(c -> ends.get(c.getKey()) - c.getValue().offset()).sum();
        });
    }

    /** The end offset of every partition of {@code topics}. */
    public Map<TopicPartition, Long> endOffsets(List<String> topics) throws InterruptedException, ExecutionException {
        return latest(admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList());
    }

    private Map<TopicPartition, Long> latest(Collection<TopicPartition> partitions)
            throws InterruptedException, ExecutionException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group)
            throws InterruptedException, ExecutionException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    }

    /** A lag read from the broker; an interruption or a failed request becomes an {@link IllegalStateException}. */
    private static long lagOf(String group, Lag lag) {
        try {
            return lag.read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    @FunctionalInterface
    private interface Lag {
        long read() throws InterruptedException, ExecutionException;
    }

    @Override
    public void close() {
        admin.close();
    }
}
