package nl.nazorg.infra.kafka;

import java.lang.System.Logger.Level;

import org.apache.kafka.common.utils.Exit;

/**
 * Keeps a fatal broker fault from ending the host JVM: Kafka calls {@code System.exit}/{@code halt} when its storage or
 * quorum breaks, which in a test run kills the whole surefire fork without a report. The fault is logged and thrown in
 * the broker thread instead.
 */
final class BrokerExitGuard {

    private static final System.Logger LOG = System.getLogger(BrokerExitGuard.class.getName());

    private BrokerExitGuard() {
    }

    static void install() {
        Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
        Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
    }

    private static void refuse(String action, int status, String message) {
        LOG.log(Level.ERROR, "The embedded Kafka broker asked the JVM to {0} with status {1}: {2}", action, status, message);
        throw new IllegalStateException("Embedded Kafka broker fault (" + action + " " + status + "): " + message);
    }
}
