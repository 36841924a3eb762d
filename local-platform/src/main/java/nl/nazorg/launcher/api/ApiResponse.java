package nl.nazorg.launcher.api;

import java.net.http.HttpResponse;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The answer of one call: status, headers and body, with the call named in every failure message. */
public record ApiResponse(String call, int status, String body, HttpResponse<String> raw) {

    ApiResponse(String call, HttpResponse<String> response) {
        this(call, response.statusCode(), response.body(), response);
    }

    /** The body as JSON, after checking the status is the expected one. */
    public JsonNode json(int expectedStatus) {
        expect(expectedStatus);
        return PlatformClient.parse(body);
    }

    /** Checks the status and returns this response. */
    public ApiResponse expect(int expectedStatus) {
        if (status != expectedStatus) {
            throw new IllegalStateException(call + " answered " + status + " (expected " + expectedStatus + "): " + body);
        }
        return this;
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }
}
