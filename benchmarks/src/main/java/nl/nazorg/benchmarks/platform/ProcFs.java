package nl.nazorg.benchmarks.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What Linux tells about a process and the machine in {@code /proc}: resident memory (now and its high-water mark),
 * CPU time used, and the machine's busy time (all processes, ours and everyone else's).
 */
public final class ProcFs {

    /** USER_HZ: the unit of CPU times in {@code /proc}; 100 on every Linux architecture Java runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcFs() {
    }

    /** {@code VmRSS}: resident memory now, in bytes; empty when the process is gone. */
    public static Optional<Long> residentBytes(long pid) {
        return statusKilobytes(pid, "VmRSS:").map(kb -> kb * 1024);
    }

    /** {@code VmHWM}: the highest resident memory since the process started, in bytes. */
    public static Optional<Long> peakResidentBytes(long pid) {
        return statusKilobytes(pid, "VmHWM:").map(kb -> kb * 1024);
    }

    /** User plus system CPU time of the process (all its threads), in nanoseconds; 0 when it is gone. */
    public static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name may contain spaces and parentheses: fields are counted after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** CPU time all processes of the machine spent busy (not idle, not waiting for I/O), in nanoseconds. */
    public static long machineBusyNanos() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                busy += Long.parseLong(cpu[field]);
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    /** The 1-, 5- and 15-minute load averages. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static Optional<Long> statusKilobytes(long pid, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
            return lines.stream().filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }
}
