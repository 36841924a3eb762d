package nl.nazorg.benchmarks.profile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The management interface of a service's JVM, reached through the attach API (same user, local only): garbage
 * collections (for heap peaks) and flight recordings. The service needs no flag or code of its own for it.
 */
public final class ServiceJmx implements AutoCloseable {

    private static final String RECORDING = "nazorg-benchmark";

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private ServiceJmx(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    public static ServiceJmx attach(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            return new ServiceJmx(JMXConnectorFactory.connect(new JMXServiceURL(address)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot attach to process " + pid + ": " + e, e);
        }
    }

    /** Starts watching garbage collections for heap peaks; close the watch when done. */
    GcWatch watchCollections() {
        try {
            java.lang.management.MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, java.lang.management.MemoryMXBean.class);
            return new GcWatch(server, () -> memory.getHeapMemoryUsage().getUsed());
        } catch (Exception e) {
            throw new IllegalStateException("cannot watch the garbage collector: " + e, e);
        }
    }

    /** The maximum heap the JVM may use ({@code -Xmx}). */
    public long heapLimitBytes() {
        try {
            return ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                    java.lang.management.MemoryMXBean.class).getHeapMemoryUsage().getMax();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts a flight recording with the JDK's "default" settings (a method sample every 20 ms per thread, GC events;
     * about 1% overhead), not "profile", whose allocation and old-object sampling cost more.
     */
    public void startRecording() {
        diagnosticCommand("jfrStart", "name=" + RECORDING, "settings=default");
    }

    /** Stops the recording and writes it to {@code file}. */
    public void stopRecording(Path file) {
        diagnosticCommand("jfrStop", "name=" + RECORDING, "filename=" + file.toAbsolutePath());
    }

    private void diagnosticCommand(String operation, String... arguments) {
        try {
            server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException(operation + " failed: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException ignored) {
            // The service may be gone already; nothing to release then.
        }
    }
}
