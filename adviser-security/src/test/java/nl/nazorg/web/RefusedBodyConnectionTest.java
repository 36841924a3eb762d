package nl.nazorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the connection does after a body of a declared length is refused, seen on the wire: the 413 problem is sent
 * before a byte of the body, a body up to the discard size is then read and thrown away (a client that writes its
 * whole body before reading still gets the answer) for at most the discard time, a larger one is not waited for.
 */
@QuarkusTest
class RefusedBodyConnectionTest {

    private static final int READ_TIMEOUT_MILLIS = 10_000;

    @TestHTTPResource("/registrations")
    URL registrations;

    @Test
    void refusedBodyIsAnsweredFirstThenReadToItsEndBeforeTheClose() throws IOException {
        byte[] body = ("{\"name\":\"" + "x".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            sendHead(socket, body.length);

            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("256 KiB");
            assertThat(answer.toLowerCase(Locale.ROOT)).contains("connection: close");

            OutputStream out = socket.getOutputStream();
            out.write(body); // the whole body, after the answer: the service is still reading
            out.flush();
            assertThat(socket.getInputStream().read()).as("the connection closed after the body").isEqualTo(-1);
        }
    }

    @Test
    void bodyTooLargeToDiscardIsNotWaitedFor() throws IOException {
        try (Socket socket = connect()) {
            sendHead(socket, 100L * 1024 * 1024);

            assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413");
            assertThat(socket.getInputStream().read()).as("closed without a byte of the body").isEqualTo(-1);
        }
    }

    @Test
    void aClientThatStopsSendingDoesNotHoldTheConnection() throws IOException {
        try (Socket socket = connect()) {
            socket.setSoTimeout((int) OversizedBodyGuard.DISCARD_TIME.multipliedBy(3).toMillis());
            sendHead(socket, 300 * 1024);

            assertThat(readAnswer(socket.getInputStream())).startsWith("HTTP/1.1 413");
            assertThat(socket.getInputStream().read()).as("closed after the discard time, no body sent").isEqualTo(-1);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(registrations.getHost(), registrations.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private void sendHead(Socket socket, long contentLength) throws IOException {
        String head = "POST " + registrations.getPath() + " HTTP/1.1\r\n"
                + "Host: " + registrations.getHost() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** One HTTP/1.1 answer with a {@code Content-Length}: its head and body, as text. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection closed inside the answer's head: " + head);
            }
            head.write(next);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        int length = Arrays.stream(text.split("\r\n"))
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
                .findFirst().orElseThrow(() -> new IOException("No Content-Length in " + text));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
