package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimeTest {

    @Test
    void aJdkReadFromItsHomeHasTheVersionItsJvmReports() {
        JavaRuntime current = JavaRuntime.current();

        JavaRuntime read = JavaRuntime.at(current.home());

        assertThat(read.version()).isEqualTo(Runtime.version());
        assertThat(read.executable()).isExecutable();
    }

    @Test
    void aDirectoryThatIsNoJdkIsSaidToBeNone(@TempDir Path somewhere) {
        assertThatThrownBy(() -> JavaRuntime.at(somewhere)).hasMessageContaining("Not a JDK");
    }
}
