package nl.nazorg.launcher.mailbox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.infra.mail.ReceivedMail;

/**
 * The mailbox page's HTML. Everything taken from a message is escaped, except the message's own HTML part, which is
 * shown only inside a sandboxed frame of its own page ({@code srcdoc}: no scripts, no same-origin access; links open
 * in a new tab, outside the sandbox, so the tracked links work as in a mail client).
 */
final class MailboxHtml {

    /** The list shows this many messages; the SMTP server keeps up to 10,000. */
    static final int LIST_LIMIT = 500;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+");
    private static final Pattern HEAD_START = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:72rem}"
            + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .6rem;"
            + "border-bottom:1px solid #ddd;vertical-align:top}th{white-space:nowrap}"
            + "iframe{width:100%;height:70vh;border:1px solid #bbb}pre{white-space:pre-wrap;background:#f6f6f6;"
            + "padding:1rem}.muted{color:#666}";

    private MailboxHtml() {
    }

    static String list(List<ReceivedMail> newestFirst, long receivedCount, Optional<String> to) {
        StringBuilder html = page("Nazorg mailbox");
        html.append("<h1>Nazorg mailbox</h1><p>").append(receivedCount)
                .append(" e-mail(s) received by the local SMTP server since the platform started")
                .append(to.map(address -> "; " + newestFirst.size() + " to " + escape(address)).orElse(""))
                .append(newestFirst.size() > LIST_LIMIT ? "; the newest " + LIST_LIMIT + " are listed" : "")
                .append(". <a href=\"/\">Show all / refresh</a></p>")
                .append("<form method=\"get\" action=\"/\"><label>Recipient <input name=\"to\" type=\"email\" value=\"")
                .append(escape(to.orElse(""))).append("\"></label> <button>Filter</button></form>");
        if (newestFirst.isEmpty()) {
            return html.append("<p class=\"muted\">No e-mail yet.</p>").append(end()).toString();
        }
        html.append("<table><thead><tr><th>#</th><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>");
        for (ReceivedMail mail : newestFirst.subList(0, Math.min(LIST_LIMIT, newestFirst.size()))) {
            html.append("<tr><td>").append(mail.sequence()).append("</td><td>")
                    .append(TIME.format(mail.receivedAt())).append("</td><td>")
                    .append(escape(String.join(", ", mail.to().isEmpty() ? List.of(mail.envelopeRecipient()) : mail.to())))
                    .append("</td><td><a href=\"/messages/").append(mail.sequence()).append("\">")
                    .append(escape(mail.subject().isEmpty() ? "(no subject)" : mail.subject())).append("</a></td></tr>");
        }
        return html.append("</tbody></table>").append(end()).toString();
    }

    static String message(ReceivedMail mail) {
        StringBuilder html = page(mail.subject() + " — Nazorg mailbox");
        html.append("<p><a href=\"/\">&larr; All messages</a></p><h1>").append(escape(mail.subject())).append("</h1>")
                .append("<table>")
                .append(row("From", String.join(", ", mail.from())))
                .append(row("To", String.join(", ", mail.to())))
                .append(row("Delivered to", mail.envelopeRecipient()))
                .append(row("Received", TIME.format(mail.receivedAt())))
                .append("</table>");
        Set<String> links = links(mail);
        if (!links.isEmpty()) {
            html.append("<h2>Links in this message</h2><ul>");
            for (String link : links) {
                html.append("<li><a href=\"").append(escape(link)).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                        .append(escape(link)).append("</a></li>");
            }
            html.append("</ul><p class=\"muted\">campaign-service counts a click on a tracked link (<code>/r/…</code>) ")
                    .append("as a person's from 10 seconds after sending; earlier ones count as a mail scanner's.</p>");
        }
        html.append("<h2>HTML part</h2>");
        if (mail.html().isEmpty()) {
            html.append("<p class=\"muted\">This message has no HTML part.</p>");
        } else {
            html.append("<iframe title=\"The message as the client sees it\" sandbox=\"allow-popups ")
                    .append("allow-popups-to-escape-sandbox\" referrerpolicy=\"no-referrer\" srcdoc=\"")
                    .append(escape(openLinksInNewTab(mail.html()))).append("\"></iframe>");
        }
        html.append("<h2>Text part</h2>").append(mail.text().isEmpty() ? "<p class=\"muted\">No text part.</p>"
                : "<pre>" + escape(mail.text()) + "</pre>");
        html.append("<details><summary>All headers</summary><table>");
        for (Map.Entry<String, List<String>> header : mail.headers().entrySet()) {
            for (String value : header.getValue()) {
                html.append(row(header.getKey(), value));
            }
        }
        return html.append("</table></details>").append(end()).toString();
    }

    static String problem(String title, String detail) {
        return page(title).append("<h1>").append(escape(title)).append("</h1><p>").append(escape(detail))
                .append("</p><p><a href=\"/\">All messages</a></p>").append(end()).toString();
    }

    /** Text for HTML content and attribute values (quoted with either quote). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The http(s) links of the text and HTML parts, in order, once each. */
    static Set<String> links(ReceivedMail mail) {
        Set<String> links = new LinkedHashSet<>();
        for (String part : List.of(mail.text(), mail.html())) {
            Matcher link = LINK.matcher(part);
            while (link.find()) {
                // A sentence may end right after a link in the text part.
                links.add(link.group().replace("&amp;", "&").replaceAll("[.,;:!?)]+$", ""));
            }
        }
        return links;
    }

    /** A {@code <base target="_blank">} at the start of the head (or of the document when it has none). */
    private static String openLinksInNewTab(String messageHtml) {
        String base = "<base target=\"_blank\">";
        Matcher head = HEAD_START.matcher(messageHtml);
        return head.find() ? messageHtml.substring(0, head.end()) + base + messageHtml.substring(head.end())
                : base + messageHtml;
    }

    private static String row(String name, String value) {
        return "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static StringBuilder page(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
    }

    private static String end() {
        return "</body></html>";
    }
}
