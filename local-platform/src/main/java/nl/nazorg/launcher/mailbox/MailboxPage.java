package nl.nazorg.launcher.mailbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.nazorg.infra.mail.Mailbox;
import nl.nazorg.infra.mail.ReceivedMail;

/**
 * A mail catcher's web page for the local platform: {@code /} lists what the SMTP server received (newest first,
 * {@code ?to=address} for one recipient), {@code /messages/{n}} shows message n with its rendered HTML, text part and
 * headers, so a person can click the tracked links. Listens on the loopback interface only.
 */
public final class MailboxPage implements AutoCloseable {

    /** The port of the launcher's mailbox page unless {@code --mailbox-port} says otherwise. */
    public static final int DEFAULT_PORT = 8025;

    private static final Pattern MESSAGE_PATH = Pattern.compile("/messages/(\\d{1,18})");
    /** Strict, because the HTML of a message is shown too: no scripts, no plugins, forms and frames only our own. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data: http: https:; frame-src 'self'; form-action 'self'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Mailbox mailbox;

    private MailboxPage(HttpServer server, ExecutorService executor, Mailbox mailbox) {
        this.server = server;
        this.executor = executor;
        this.mailbox = mailbox;
    }

    /** Starts the page on localhost:{@code port} (0: a free port). */
    public static MailboxPage start(int port, Mailbox mailbox) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "nazorg-mailbox-page");
            thread.setDaemon(true);
            return thread;
        });
        MailboxPage page = new MailboxPage(server, executor, mailbox);
        server.createContext("/", page::handle);
        server.setExecutor(executor);
        server.start();
        return page;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) must not read mail.
                respond(exchange, 403, MailboxHtml.problem("Forbidden", "This page answers to localhost only."));
            } else if (!Set.of("GET", "HEAD").contains(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, MailboxHtml.problem("Method not allowed", "This page only shows mail."));
            } else {
                route(exchange);
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher message = MESSAGE_PATH.matcher(path);
        if (path.equals("/")) {
            Optional<String> to = queryParameter(exchange, "to");
            long received = mailbox.receivedCount(); // before reading: mail arriving meanwhile is listed, not missed
            List<ReceivedMail> newestFirst = mailbox.messages().stream()
                    .filter(mail -> to.map(mail::isAddressedTo).orElse(true))
                    .sorted(Comparator.comparingLong(ReceivedMail::sequence).reversed()).toList();
            respond(exchange, 200, MailboxHtml.list(newestFirst, received, to));
        } else if (message.matches()) {
            long sequence = Long.parseLong(message.group(1));
            Optional<ReceivedMail> mail = mailbox.messages().stream().filter(m -> m.sequence() == sequence).findFirst();
            if (mail.isPresent()) {
                respond(exchange, 200, MailboxHtml.message(mail.get()));
            } else {
                respond(exchange, 404, MailboxHtml.problem("No such message",
                        "Message " + sequence + " is not in the mailbox (it keeps the newest messages only)."));
            }
        } else {
            respond(exchange, 404, MailboxHtml.problem("Not found", "There is no page " + path + "."));
        }
    }

    private boolean isOwnHost(String host) {
        int port = port();
        return host != null && Set.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port).contains(host);
    }

    private static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).trim();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
