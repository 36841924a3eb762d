package nl.nazorg.infra.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of the server log, shown when PostgreSQL does not come up (its output goes to a file, not the console).
 */
final class ServerLog {

    private ServerLog() {
    }

    static String tail(Path logFile, int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log written)";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
