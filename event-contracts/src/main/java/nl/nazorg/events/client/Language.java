package nl.nazorg.events.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The language of every message to the client (taal), as an ISO 639-1 code on the wire. Dutch by default. */
public enum Language {

    /** Dutch (Nederlands): the default. */
    NL("nl"),

    /** English. */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as written in JSON. */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The language of an ISO 639-1 code, case-insensitive.
     *
     * @throws IllegalArgumentException for a language Nazorg does not write in
     */
    @JsonCreator
    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unsupported language '" + code + "'");
    }
}
