package nl.nazorg.messaging.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The library's DDL ({@code META-INF/nazorg-messaging/schema.sql}) as statements. Plain Java, so that tools outside
 * a Quarkus application (the benchmarks' relay scenario) create exactly the tables a service has.
 */
public final class SchemaScript {

    private static final String SCRIPT = "META-INF/nazorg-messaging/schema.sql";

    private SchemaScript() {
    }

    /** The statements in order, without comment lines; they create what is missing and may run again. */
    public static List<String> statements() {
        try (InputStream in = SchemaScript.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the class path");
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(script.split("(?m)^--;\\s*$"))
                    .map(SchemaScript::withoutCommentLines)
                    .filter(sql -> !sql.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutCommentLines(String block) {
        return block.lines().filter(line -> !line.stripLeading().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n").strip();
    }
}
