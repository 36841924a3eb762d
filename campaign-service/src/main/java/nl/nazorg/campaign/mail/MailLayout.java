package nl.nazorg.campaign.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The firm's e-mail around a rendered body: the plain-text part as written, and an HTML part built from the same
 * paragraphs (escaped, links made clickable), both with the firm as sender and a visible unsubscribe link.
 */
public final class MailLayout {

    public record Parts(String text, String html) {
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    private MailLayout() {
    }

    public static Parts build(String body, String language, String firmName, String firmPhone, String unsubscribeUrl) {
        boolean english = "en".equals(language);
        String unsubscribeLabel = english ? "Unsubscribe from these e-mails" : "Afmelden voor deze e-mails";
        String footer = firmName + (firmPhone == null || firmPhone.isBlank() ? "" : " · " + firmPhone);
        String text = body + "\n\n-- \n" + footer + "\n" + unsubscribeLabel + ": " + unsubscribeUrl + "\n";

        StringBuilder html = new StringBuilder(body.length() * 2 + 600);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "nl").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#222;")
                .append("max-width:600px;margin:0 auto;padding:16px\">\n");
        for (String paragraph : body.split("\\n\\s*\\n")) {
            html.append("<p>").append(linked(escape(paragraph.strip())).replace("\n", "<br>\n")).append("</p>\n");
        }
        html.append("<hr style=\"border:none;border-top:1px solid #ddd\">\n<p style=\"font-size:13px;color:#666\">")
                .append(escape(footer)).append("<br>\n<a href=\"").append(escape(unsubscribeUrl)).append("\">")
                .append(unsubscribeLabel).append("</a></p>\n</body></html>\n");
        return new Parts(text, html.toString());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Links were escaped with the text; {@code &amp;} inside them is right for an href as well. */
    private static String linked(String escaped) {
        Matcher matcher = URL.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement("<a href=\"" + url + "\">" + url + "</a>"));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
