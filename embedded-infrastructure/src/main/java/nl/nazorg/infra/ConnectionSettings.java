package nl.nazorg.infra;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.nazorg.infra.postgres.PostgresServer;

/**
 * Where the running infrastructure listens, and the Quarkus configuration a service needs to use it.
 */
public record ConnectionSettings(String kafkaBootstrapServers, int postgresPort, int smtpPort, String mailFrom) {

    /**
     * The configuration of one service, whose database is {@code database} (e.g. "client"):
     * {@code kafka.bootstrap.servers}, the reactive datasource, the JDBC one its schema migrations run on, and the
     * mailer (plain SMTP, not mocked).
     *
     * <p>Not {@code quarkus.datasource.db-kind}: it is fixed at build time, so a service sets it in its
     * application.properties. Set again at run time it only earns a warning, and makes every {@code @TestProfile} test
     * fail to boot when the service left it unset.
     */
    public Map<String, String> forService(String database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers);
        config.put("quarkus.datasource.reactive.url", reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", PostgresServer.username(database));
        config.put("quarkus.datasource.password", PostgresServer.password(database));
        config.put("quarkus.mailer.host", "localhost");
        config.put("quarkus.mailer.port", String.valueOf(smtpPort));
        config.put("quarkus.mailer.mock", "false");
        config.put("quarkus.mailer.start-tls", "DISABLED");
        config.put("quarkus.mailer.from", mailFrom);
        return config;
    }

    /** {@code vertx-reactive:postgresql://localhost:PORT/DB}, as {@code quarkus.datasource.reactive.url} takes it. */
    public String reactiveUrl(String database) {
        return "vertx-reactive:postgresql://localhost:" + postgresPort + "/" + database;
    }

    /** {@code jdbc:postgresql://localhost:PORT/DB}, for assertions, Flyway or a JDBC datasource. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }
}
