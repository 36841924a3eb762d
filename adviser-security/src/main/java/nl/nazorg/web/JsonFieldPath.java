package nl.nazorg.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The field a Jackson error points at, as a client would write it: {@code children[1].nickname}. */
final class JsonFieldPath {

    private JsonFieldPath() {
    }

    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() > 0 ? field.toString() : null;
    }
}
