package nl.nazorg.campaign.support;

import nl.nazorg.infra.mail.ReceivedMail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pieces of a received e-mail. */
public final class Mails {

    private Mails() {
    }

    /** The path of the first tracked link in the text part, e.g. {@code /r/abc…}. */
    public static String trackedLinkPath(ReceivedMail mail) {
        return path(mail.text(), "/r/");
    }

    /** The path of the unsubscribe link, e.g. {@code /u/abc…}. */
    public static String unsubscribePath(ReceivedMail mail) {
        return path(mail.header("List-Unsubscribe").orElseThrow(), "/u/");
    }

    public static String sendId(ReceivedMail mail) {
        return mail.header("X-Nazorg-Send-Id").orElseThrow();
    }

    private static String path(String text, String prefix) {
        Matcher matcher = Pattern.compile("http://localhost:8083(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).as("a link starting with " + prefix).isTrue();
        return matcher.group(1);
    }
}
