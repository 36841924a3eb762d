package nl.nazorg.infra.test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.nazorg.infra.ConnectionSettings;
import nl.nazorg.infra.mail.RawMail;
import nl.nazorg.infra.mail.ReceivedMailFeed;

/**
 * Reaches {@link SharedInfrastructure} in the system class loader from whichever class loader this copy lives in
 * (a Quarkus test application's, or the system one itself), exchanging JDK types only.
 */
final class SharedInfrastructureLink {

    private static final Class<?> OWNER = ownerClass();

    private SharedInfrastructureLink() {
    }

    static ConnectionSettings start() {
        @SuppressWarnings("unchecked")
        Map<String, String> started = (Map<String, String>) invoke("start");
        return new ConnectionSettings(started.get("kafka"), Integer.parseInt(started.get("postgres")),
                Integer.parseInt(started.get("smtp")), started.get("from"));
    }

    static ReceivedMailFeed mailFeed() {
        return new ReceivedMailFeed() {
            @Override
            public List<RawMail> read() {
                @SuppressWarnings("unchecked")
                List<Object[]> mail = (List<Object[]>) invoke("receivedMail");
                return mail.stream().map(SharedInfrastructure::toRawMail).toList();
            }

            @Override
            public long receivedCount() {
                return (Long) invoke("receivedMailCount");
            }

            @Override
            public void clear() {
                invoke("clearMail");
            }
        };
    }

    static void stopSmtp() {
        invoke("stopSmtp");
    }

    static void resumeSmtp() {
        invoke("resumeSmtp");
    }

    static void delaySmtp(long millis) {
        invoke("delaySmtp", millis);
    }

    /** Calls a public static method of the system class loader's copy; arguments are JDK types, one per parameter. */
    private static Object invoke(String name, Object... arguments) {
        try {
            Method method = OWNER.getMethod(name, Arrays.stream(arguments).map(Object::getClass)
                    .toArray(Class<?>[]::new));
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot reach the shared test infrastructure", e);
        }
    }

    private static Class<?> ownerClass() {
        try {
            return Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // Not on the system class path (a custom launcher): this copy is the only one there is.
            return SharedInfrastructure.class;
        }
    }
}
