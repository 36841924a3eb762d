package nl.nazorg.events.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.events.EventType;
import nl.nazorg.events.SampleEvents;
import nl.nazorg.events.json.EventJson;

/**
 * The hand-written schemas and the records must not drift apart: every property a record writes is declared in its
 * schema, and every property a schema declares is written by the record (the samples fill every field).
 */
class SchemaMatchesRecordsTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaDeclaresExactlyThePropertiesTheRecordWrites(EventType type) {
        JsonNode schema = EventJson.readTree(EventSchemas.text(type).getBytes(StandardCharsets.UTF_8));
        JsonNode sample = EventJson.readTree(EventJson.write(SampleEvents.all().get(type)));

        Set<String> declared = new TreeSet<>();
        declaredPaths(schema, schema, "$", declared);
        Set<String> written = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        writtenPaths(schema, schema, sample, "$", written, undeclared);

        assertThat(undeclared).as("written by the record but not in the schema").isEmpty();
        assertThat(written).as("declared by the schema").containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theSchemaIdAndTitleNameTheEventType(EventType type) {
        JsonNode schema = EventJson.readTree(EventSchemas.text(type).getBytes(StandardCharsets.UTF_8));

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(EventSchemas.id(type));
        assertThat(schema.get("title").asText()).isEqualTo(type.payloadClass().getSimpleName());
        assertThat(schema.get("description").asText()).contains(type.ceType()).contains(type.topic());
    }

    private static void declaredPaths(JsonNode root, JsonNode schema, String path, Set<String> paths) {
        schema = resolve(root, schema);
        if (schema.has("properties")) {
            for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
                paths.add(path + "." + property.getKey());
                declaredPaths(root, property.getValue(), path + "." + property.getKey(), paths);
            }
        }
        if (schema.path("additionalProperties").isObject()) {
            paths.add(path + ".*");
            declaredPaths(root, schema.get("additionalProperties"), path + ".*", paths);
        }
        if (schema.has("items")) {
            paths.add(path + "[]");
            declaredPaths(root, schema.get("items"), path + "[]", paths);
        }
    }

    private static void writtenPaths(JsonNode root, JsonNode schema, JsonNode value, String path, Set<String> written,
                                     Set<String> undeclared) {
        schema = resolve(root, schema);
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode declared = schema.path("properties").get(field.getKey());
                String fieldPath = path + "." + field.getKey();
                if (declared == null && schema.path("additionalProperties").isObject()) {
                    declared = schema.get("additionalProperties");
                    fieldPath = path + ".*";
                }
                if (declared == null) {
                    undeclared.add(fieldPath);
                    continue;
                }
                written.add(fieldPath);
                writtenPaths(root, declared, field.getValue(), fieldPath, written, undeclared);
            }
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                written.add(path + "[]");
                writtenPaths(root, schema.get("items"), element, path + "[]", written, undeclared);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        if (schema.has("$ref")) {
            // Our schemas are self-contained: every $ref points into the document's own $defs.
            return root.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }
}
