package nl.nazorg.messaging.schema;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.resource.LoadableResource;

/** One of the library's SQL migrations, read from the class path when Flyway applies or checks it. */
final class MigrationFile extends LoadableResource {

    private final String directory;
    private final String name;

    MigrationFile(String directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    @Override
    public Reader read() {
        InputStream in = MigrationFile.class.getClassLoader().getResourceAsStream(getAbsolutePath());
        if (in == null) {
            throw new IllegalStateException(getAbsolutePath() + " is missing from the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
        return directory + "/" + name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return getAbsolutePath();
    }

    @Override
    public String getFilename() {
        return name;
    }

    @Override
    public String getRelativePath() {
        return name;
    }
}
