package nl.nazorg.client.contactchange.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.json.EventJson;

/**
 * The new contact details a client asked for, by field, in contract order. Only fields this version knows are kept
 * (tolerant reader); every value is checked when the request arrives, so an approval cannot fail half-way.
 */
public record RequestedValues(Map<ProfileField, String> values) {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();
    private static final TypeReference<EnumMap<ProfileField, String>> MAP = new TypeReference<>() {
    };

    public RequestedValues {
        Map<ProfileField, String> copy = new EnumMap<>(ProfileField.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** @throws InvalidContactValueException when a value is not valid for its field: the whole request is refused */
    public static RequestedValues checked(Map<ProfileField, String> requested) {
        Map<ProfileField, String> known = new EnumMap<>(ProfileField.class);
        requested.forEach((field, value) -> {
            if (field != ProfileField.UNKNOWN) {
                ContactFieldValues.edit(field, value);
                known.put(field, value);
            }
        });
        return new RequestedValues(known);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public List<ProfileField> fields() {
        return List.copyOf(values.keySet());
    }

    /** {@code EMAIL,PHONE}: how {@link ContactChange#fields} stores them. */
    public String fieldNames() {
        return values.keySet().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The edit that applies every requested value to the client. */
    public Consumer<Client> edit() {
        List<Consumer<Client>> edits = values.entrySet().stream()
                .map(change -> ContactFieldValues.edit(change.getKey(), change.getValue())).toList();
        return client -> edits.forEach(edit -> edit.accept(client));
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RequestedValues fromJson(String json) {
        try {
            return new RequestedValues(JSON.readValue(json, MAP));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
