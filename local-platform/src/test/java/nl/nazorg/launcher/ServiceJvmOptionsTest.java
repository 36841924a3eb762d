package nl.nazorg.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    private static final PlatformService CLIENT = PlatformService.named(PlatformService.ALL, PlatformService.CLIENT);
    private static final PlatformService SIGNAL = PlatformService.named(PlatformService.ALL, PlatformService.SIGNAL);

    @Test
    void aServiceStartsWithASmallHeapThatGrowsToItsBound() {
        assertThat(ServiceJvmOptions.of(CLIENT, 25)).startsWith("-Xmx256m", "-Xms64m", "-XX:+UseSerialGC");
    }

    @Test
    void aServiceWithAFixedYoungGenerationKeepsItInsteadOfASmallStart() {
        assertThat(ServiceJvmOptions.of(SIGNAL, 25)).startsWith("-Xmx512m", "-Xmn256m", "-XX:+UseSerialGC")
                .noneMatch(option -> option.startsWith("-Xms"));
    }

    @Test
    void compactHeadersAndNativeAccessOnlyWhereTheJdkKnowsThem() {
        assertThat(ServiceJvmOptions.of(CLIENT, 25)).contains("-XX:+UseCompactObjectHeaders",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
        assertThat(ServiceJvmOptions.of(CLIENT, 17)).containsExactly("-Xmx256m", "-Xms64m", "-XX:+UseSerialGC");
    }
}
