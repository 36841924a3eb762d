package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import nl.nazorg.events.schemas.EventSchemas;

/** Every $ref in the AsyncAPI document resolves: to a node of the document, or to a schema file shipped beside it. */
class AsyncApiReferencesTest {

    static final String FOLDER = "nl/nazorg/events/";

    @Test
    void everyRefResolvesAndEverySchemaFileIsReferenced() throws IOException {
        JsonNode document = new YAMLMapper().readTree(EventSchemas.asyncApi());

        assertThat(unresolved(document)).isEmpty();
        assertThat(refs(document).keySet()).filteredOn(ref -> !ref.startsWith("#"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                        .map(type -> "./schemas/" + type.schemaName() + ".schema.json").toList());
    }

    @Test
    void aBrokenRefIsFound() throws IOException {
        ObjectNode document = (ObjectNode) new YAMLMapper().readTree(EventSchemas.asyncApi());
        ((ObjectNode) document.at("/channels/signals/messages/signalRaised")).put("$ref", "#/components/messages/Nope");
        ((ObjectNode) document.at("/components/messages/EmailSent/payload/schema")).put("$ref", "./schemas/nope.json");

        assertThat(unresolved(document)).hasSize(2);
    }

    /** The $refs that do not resolve, each with where it was found. */
    static List<String> unresolved(JsonNode document) {
        List<String> unresolved = new ArrayList<>();
        for (Map.Entry<String, String> ref : refs(document).entrySet()) {
            String target = ref.getKey();
            if (target.startsWith("#")) {
                if (document.at(target.substring(1)).isMissingNode()) {
                    unresolved.add(ref.getValue() + " -> " + target);
                }
                continue;
            }
            String[] fileAndPointer = target.split("#", 2);
            JsonNode file = readSchemaFile(fileAndPointer[0]);
            if (file == null || fileAndPointer.length == 2 && file.at(fileAndPointer[1]).isMissingNode()) {
                unresolved.add(ref.getValue() + " -> " + target);
                continue;
            }
            // The schema's own $refs must resolve within it: every schema is self-contained.
            refs(file).keySet().stream()
                    .filter(inner -> !inner.startsWith("#") || file.at(inner.substring(1)).isMissingNode())
                    .forEach(inner -> unresolved.add(target + " -> " + inner));
        }
        return unresolved;
    }

    /** Every $ref value in a tree, with where it was first found. */
    static Map<String, String> refs(JsonNode tree) {
        Map<String, String> refs = new TreeMap<>();
        collectRefs(tree, "", refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, String path, Map<String, String> refs) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.putIfAbsent(field.getValue().asText(), path);
                } else {
                    collectRefs(field.getValue(), path + "/" + field.getKey(), refs);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), path + "/" + i, refs);
            }
        }
    }

    private static JsonNode readSchemaFile(String relative) {
        String name = FOLDER + relative.replaceFirst("^\\./", "");
        try (InputStream in = AsyncApiReferencesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
