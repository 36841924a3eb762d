package nl.nazorg.campaign.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextTest {

    @Test
    void lineBreaksAndControlCharactersNeverSurvive() {
        assertThat(HeaderText.clean("Jan\r\nBcc: x@example.nl")).isEqualTo("Jan Bcc: x@example.nl");
        assertThat(HeaderText.clean("a\u0000b\tc\u2028d\u0085e")).isEqualTo("a b c d e");
        assertThat(HeaderText.clean("x".repeat(400))).hasSize(250);
        assertThat(HeaderText.mailbox("Firm \"X\"\r\n", "a@b.nl")).isEqualTo("\"Firm X\" <a@b.nl>");
    }

    @Test
    void onlyPlainAddressesAreSafe() {
        assertThat(HeaderText.isSafeAddress("jan@example.nl")).isTrue();
        assertThat(HeaderText.isSafeAddress("jan@example.nl\r\nBcc: x@y.nl")).isFalse();
        assertThat(HeaderText.isSafeAddress("Jan <jan@example.nl>")).isFalse();
        assertThat(HeaderText.isSafeAddress(null)).isFalse();
    }

    @Test
    void theHtmlPartEscapesWhatTheTextSays() {
        MailLayout.Parts parts = MailLayout.build("Beste <b>Jan</b> & co,\n\nZie http://x.nl/r/abc.", "nl", "Firm", "020",
                "http://x.nl/u/t");
        assertThat(parts.html()).contains("Beste &lt;b&gt;Jan&lt;/b&gt; &amp; co,").contains("<a href=\"http://x.nl/r/abc\">")
                .contains("<a href=\"http://x.nl/u/t\">Afmelden voor deze e-mails</a>");
        assertThat(parts.text()).contains("Afmelden voor deze e-mails: http://x.nl/u/t");
    }
}
