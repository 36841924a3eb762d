package nl.nazorg.infra;

import java.util.function.Supplier;

/**
 * Runs infrastructure code with this module's class loader as the thread's context class loader.
 *
 * <p>Kafka instantiates its pluggable classes (state persister, principal builder, ...) through the context class
 * loader. In a Quarkus test that is the test application's loader, which holds its own copy of the Kafka classes, so the
 * broker would get classes it cannot use ({@code NoSuchMethodException} on a constructor). Threads the broker starts
 * inherit the context class loader of the thread that starts it, so setting it around start and stop is enough.
 */
final class OwnClassLoader {

    private static final ClassLoader OWN = OwnClassLoader.class.getClassLoader();

    private OwnClassLoader() {
    }

    static <T> T call(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OWN);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** A thread that starts out with this module's class loader as its context class loader. */
    static Thread newThread(Runnable action, String name) {
        Thread thread = new Thread(action, name);
        thread.setContextClassLoader(OWN);
        return thread;
    }
}
