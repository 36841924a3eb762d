package nl.nazorg.campaign.tracking;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Arrays;

/**
 * Hears, on a connection of its own, the erasures that any instance commits ({@link LinkErasures}), and makes the
 * {@link LinkDirectory} forget those clients' links. While the connection is down the directory reads every link from
 * the database; it reconnects every second.
 */
@ApplicationScoped
public class LinkErasureListener {

    private static final Logger LOG = Logger.getLogger(LinkErasureListener.class);
    private static final long RECONNECT_MS = 1_000;

    @Inject
    Vertx vertx;

    @Inject
    LinkDirectory directory;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private volatile boolean running;
    private volatile PgConnection connection;

    void onStart(@Observes StartupEvent event) {
        running = true;
        connect();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        PgConnection open = connection;
        if (open != null) {
            open.close();
        }
    }

    private void connect() {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(username).setPassword(password);
        options.setTcpKeepAlive(true);
        PgConnection.connect(vertx, options)
                .compose(opened -> {
                    connection = opened;
                    opened.closeHandler(closed -> lost());
                    opened.notificationHandler(notification ->
                            directory.forget(Arrays.asList(notification.getPayload().split("\n"))));
                    return opened.query("LISTEN " + LinkErasures.CHANNEL).execute();
                })
                .onSuccess(listening -> {
                    directory.trust(true);
                    LOG.debug("listening to link erasures");
                })
                .onFailure(failure -> {
                    LOG.debugf("cannot listen to link erasures yet: %s", failure);
                    PgConnection open = connection;
                    if (open != null) {
                        open.close();
                    } else {
                        reconnectLater();
                    }
                });
    }

    private void lost() {
        connection = null;
        directory.trust(false);
        if (running) {
            LOG.warn("lost the connection that hears link erasures; links are read from the database until it is back");
        }
        reconnectLater();
    }

    private void reconnectLater() {
        if (running) {
            vertx.setTimer(RECONNECT_MS, timer -> connect());
        }
    }
}
