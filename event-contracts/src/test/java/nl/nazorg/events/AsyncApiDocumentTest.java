package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.asyncapi.v3._0_0.model.channel.Channel;
import com.asyncapi.v3._0_0.model.channel.message.Message;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.events.schemas.EventSchemas;

/**
 * The AsyncAPI document is valid AsyncAPI 3.0.0 (the AsyncAPI Initiative's own JSON Schema, and the jasyncapi Java
 * model), and it describes exactly the topics and event types of this library.
 */
class AsyncApiDocumentTest {

    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    static JsonNode document;

    @BeforeAll
    static void load() throws IOException {
        document = YAML.readTree(EventSchemas.asyncApi());
    }

    @Test
    void theDocumentIsValidAgainstTheOfficialAsyncApi300Schema() throws IOException {
        Set<ValidationMessage> violations = officialSchema().validate(document);

        assertThat(violations).isEmpty();
        assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void theOfficialSchemaCatchesAMistake() throws IOException {
        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.at("/operations/publishSignals")).put("action", "publish");

        assertThat(officialSchema().validate(broken)).isNotEmpty();
    }

    @Test
    void theDocumentBindsToTheAsyncApiJavaModel() throws IOException {
        AsyncAPI asyncApi = YAML.readValue(EventSchemas.asyncApi(), AsyncAPI.class);

        assertThat(asyncApi.getAsyncapi()).isEqualTo("3.0.0");
        assertThat(asyncApi.getChannels()).hasSize(Topics.ALL.size() + 1)
                .allSatisfy((name, channel) -> assertThat(channel).isInstanceOf(Channel.class));
        assertThat(asyncApi.getComponents().getMessages())
                .allSatisfy((name, message) -> assertThat(((Message) message).getName()).isEqualTo(name));
    }

    @Test
    void everyEventTypeHasAMessageWithItsCeTypeAndSchema() {
        Map<String, String> schemaByCeType = new TreeMap<>();
        for (JsonNode message : document.at("/components/messages")) {
            JsonNode ceType = message.at("/headers/allOf/1/properties/ce_type/const");
            JsonNode schema = message.at("/payload/schema/$ref");
            if (!ceType.isMissingNode() && !schema.isMissingNode()) {
                schemaByCeType.put(ceType.asText(), schema.asText());
            }
        }

        assertThat(schemaByCeType).hasSize(EventType.values().length);
        for (EventType type : EventType.values()) {
            assertThat(schemaByCeType).containsEntry(type.ceType(), "./schemas/" + type.schemaName() + ".schema.json");
        }
    }

    @Test
    void everyTopicIsAChannelWithItsCleanupPolicyAndItsEventTypes() {
        Set<String> addresses = new HashSet<>();
        for (JsonNode channel : document.get("channels")) {
            String address = channel.get("address").asText();
            addresses.add(address);
            if (!Topics.ALL.contains(address)) {
                continue;
            }
            String policy = channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText();
            assertThat(policy).as(address).isEqualTo(Topics.isCompacted(address) ? "compact" : "delete");
            Set<String> ceTypes = new HashSet<>();
            channel.get("messages").forEach(ref -> ceTypes.add(document.at(ref.get("$ref").asText().substring(1))
                    .at("/headers/allOf/1/properties/ce_type/const").asText()));
            assertThat(ceTypes).as(address).containsExactlyInAnyOrderElementsOf(
                    EventType.onTopic(address).stream().map(EventType::ceType).toList());
        }

        assertThat(addresses).containsAll(Topics.ALL).contains("{topic}.dlq.{consumerGroup}");
        assertThat(document.at("/channels/deadLetters/parameters/topic/enum"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyExamplePayloadMatchesItsSchemaAndReadsAsItsRecord() {
        EventSchemaValidator validator = EventSchemaValidator.create();
        int examples = 0;
        for (JsonNode message : document.at("/components/messages")) {
            String ceType = message.at("/headers/allOf/1/properties/ce_type/const").asText();
            for (JsonNode example : message.path("examples")) {
                EventType type = EventType.fromCeType(ceType).orElseThrow();
                JsonNode payload = example.get("payload");

                assertThat(validator.violations(type, payload)).as(type + " example").isEmpty();
                assertThat(EventJson.read(jsonBytes(payload), type)).isInstanceOf(type.payloadClass());
                if (example.has("headers")) {
                    assertThat(example.at("/headers/ce_type").asText()).isEqualTo(ceType);
                }
                examples++;
            }
        }

        assertThat(examples).isGreaterThanOrEqualTo(EventType.values().length);
    }

    private static byte[] jsonBytes(JsonNode payload) {
        try {
            return EventJson.newObjectMapper().writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The AsyncAPI Initiative's JSON Schema (draft-07) of AsyncAPI 3.0.0 documents; see asyncapi-spec/README.md. */
    private static JsonSchema officialSchema() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader()
                .getResourceAsStream("asyncapi-spec/asyncapi-3.0.0.schema.json")) {
            JsonNode specSchema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(specSchema);
        }
    }
}
