package nl.nazorg.signal.store.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.json.EventJson;

/** Figures and inputs of a signal as the JSON objects its row keeps (exact decimals, insertion order). */
public final class SignalJson {

    private static final ObjectMapper MAPPER = EventJson.newObjectMapper();
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<LinkedHashMap<String, String>> INPUTS = new TypeReference<>() {
    };

    private SignalJson() {
    }

    public static String write(Map<String, ?> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, BigDecimal> figures(String json) {
        return read(json, FIGURES);
    }

    public static Map<String, String> inputs(String json) {
        return read(json, INPUTS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
