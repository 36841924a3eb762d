package nl.nazorg.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/**
 * Quarkus loads each test application in its own class loader. The test resource loaded there must still find the
 * one infrastructure of the JVM instead of starting a second broker, and its mailbox must read the same messages.
 */
class ClassLoaderIsolationTest {

    @Test
    void aCopyInAnIsolatedClassLoaderSharesTheInfrastructureAndItsMailbox() throws Exception {
        Map<String, String> expected = NazorgTestInfrastructure.connectionSettings().forService("client");
        String client = "isolated." + UUID.randomUUID() + "@example.nl";
        sendMail(client);

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            // As in a Quarkus test: the application's class loader is the context class loader.
            Thread.currentThread().setContextClassLoader(isolated);
            Class<?> resourceClass = isolated.loadClass(NazorgTestInfrastructure.class.getName());
            assertThat(resourceClass).isNotSameAs(NazorgTestInfrastructure.class);

            Object resource = resourceClass.getConstructor().newInstance();
            resourceClass.getMethod("init", Map.class).invoke(resource, Map.of("database", "client"));
            assertThat(resourceClass.getMethod("start").invoke(resource)).isEqualTo(expected);

            Object mailbox = resourceClass.getMethod("mailbox").invoke(null);
            await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(mailbox, client).size() == 1);
            Object mail = messagesTo(mailbox, client).get(0);
            assertThat(mail.getClass().getClassLoader()).isSameAs(isolated);
            assertThat(mail.getClass().getMethod("subject").invoke(mail)).isEqualTo("Vanuit een andere class loader");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static List<?> messagesTo(Object mailbox, String address) throws ReflectiveOperationException {
        return (List<?>) mailbox.getClass().getMethod("messagesTo", String.class).invoke(mailbox, address);
    }

    private static void sendMail(String to) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(NazorgTestInfrastructure.connectionSettings().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("noreply@nazorg.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Vanuit een andere class loader");
        message.setText("Hallo");
        Transport.send(message);
    }

    private static URL[] classPath() {
        // Surefire may pass a manifest-only jar; URLClassLoader follows its Class-Path entries.
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
    }
}
