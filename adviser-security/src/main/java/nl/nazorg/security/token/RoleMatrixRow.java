package nl.nazorg.security.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import nl.nazorg.security.PlatformOperator;
import nl.nazorg.security.Roles;

/**
 * One row of the role matrix (this library's README) as a service's {@code RoleMatrixTest} checks it: the request,
 * the roles that may make it, and what it answers them. Every other role must get a 403. Rows use unknown ids where
 * the operation needs one: authorization comes before the lookup, so the allowed roles get a 404 and the others a
 * 403, and nothing is changed.
 *
 * @param method        the HTTP method
 * @param path          the request path
 * @param contentType   the body's media type, or {@code null} without a body
 * @param body          the body, or {@code null}
 * @param allowedStatus what an allowed role gets (200, 201, 202, 404 for an unknown id, …)
 * @param allowedRoles  the roles that may make the request
 */
public record RoleMatrixRow(String method, String path, String contentType, String body, int allowedStatus,
                            Set<String> allowedRoles) {

    /** The roles each row is tried with: a firm's two, and the platform operator's rate feed. */
    public static final List<String> TRIED_ROLES = List.of(Roles.ADVISER, Roles.ADMIN, Roles.PLATFORM_RATES);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public RoleMatrixRow {
        allowedRoles = Set.copyOf(allowedRoles);
    }

    /** Advisers and admins of the firm. */
    public static RoleMatrixRow firm(String method, String path, int allowedStatus) {
        return new RoleMatrixRow(method, path, null, null, allowedStatus, Set.of(Roles.ADVISER, Roles.ADMIN));
    }

    /** Only the firm's admins. */
    public static RoleMatrixRow adminOnly(String method, String path, int allowedStatus) {
        return new RoleMatrixRow(method, path, null, null, allowedStatus, Set.of(Roles.ADMIN));
    }

    public RoleMatrixRow withBody(String mediaType, String requestBody) {
        return new RoleMatrixRow(method, path, mediaType, requestBody, allowedStatus, allowedRoles);
    }

    /** 403 for every role the row does not allow. */
    public int expectedStatus(String role) {
        return allowedRoles.contains(role) ? allowedStatus : 403;
    }

    /**
     * A test token with only {@code role}: for a firm role of {@code tenant}, for {@link Roles#PLATFORM_RATES} of
     * the platform operator (as the operator's service account would carry it).
     */
    public static String token(String tenant, String role) {
        return Roles.PLATFORM_RATES.equals(role)
                ? AdviserTokens.issue(PlatformOperator.TENANT, PlatformOperator.RATE_FEED, role)
                : AdviserTokens.issue(tenant, role + "-1", role);
    }

    /**
     * Makes the request with a token of each of {@link #TRIED_ROLES} against the service at {@code base} and fails,
     * naming the role, when one gets another status than the matrix says.
     */
    public void check(URI base, String tenant) {
        for (String role : TRIED_ROLES) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Authorization", "Bearer " + token(tenant, role))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", contentType);
            }
            int status = send(request.build());
            if (status != expectedStatus(role)) {
                throw new AssertionError("%s token on %s: expected %d, got %d".formatted(role, this, expectedStatus(role), status));
            }
        }
    }

    private static int send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return method + " " + path + " → " + String.join("+", allowedRoles.stream().sorted().toList());
    }
}
