package nl.nazorg.signal.store.mapping;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * A digest (SHA-256, hex) of everything a re-evaluation compares to decide whether an open signal changed: rule
 * version, suppression, due date, figures by value (100.0 and 100.00 are the same figure), inputs and both
 * explanations, in the order the rule added them (a rule adds them in a fixed order; a stored row's JSON keeps it).
 * A signal row keeps the digest of what it was written with, so a pass compares one string per signal instead of
 * parsing its figures.
 */
public final class SignalFingerprint {

    private static final ThreadLocal<Texts> TEXTS = ThreadLocal.withInitial(Texts::new);

    private SignalFingerprint() {
    }

    /** The digest of a finding as it would be written, suppressed or not. */
    public static String of(SignalFinding finding, boolean suppressed) {
        return digest(finding.ruleVersion(), suppressed, finding.dueDate(), finding.figures(), finding.inputs(),
                finding.explanation().dutch(), finding.explanation().english());
    }

    /** The digest of a stored row: its own, or, for a row written before digests were kept, one from its JSON. */
    public static String of(SignalRow row) {
        if (row.fingerprint != null) {
            return row.fingerprint;
        }
        return digest(row.ruleVersion, row.suppressed, row.dueDate, SignalJson.figures(row.figures),
                SignalJson.inputs(row.inputs), row.explanationNl, row.explanationEn);
    }

    private static String digest(int ruleVersion, boolean suppressed, LocalDate dueDate,
            Map<String, BigDecimal> figures, Map<String, String> inputs, String dutch, String english) {
        Texts texts = TEXTS.get().start();
        texts.add(Integer.toString(ruleVersion));
        texts.add(suppressed ? "true" : "false");
        texts.add(dueDate == null ? "" : dueDate.toString());
        texts.add(Integer.toString(figures.size()));
        figures.forEach((name, value) -> {
            texts.add(name);
            texts.add(value.stripTrailingZeros().toPlainString());
        });
        texts.add(Integer.toString(inputs.size()));
        inputs.forEach((name, value) -> {
            texts.add(name);
            texts.add(value);
        });
        texts.add(dutch);
        texts.add(english);
        return HexFormat.of().formatHex(texts.digest());
    }

    /**
     * Feeds texts to the digest, each preceded by its length, so that no two sequences of texts give it the same
     * bytes; encoded into one buffer per thread (a pass digests every signal it judges, so nothing is allocated per
     * text).
     */
    private static final class Texts {
        private final MessageDigest digest = sha256();
        private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer buffer = ByteBuffer.allocate(8192);

        Texts start() {
            digest.reset();
            buffer.clear();
            return this;
        }

        void add(String text) {
            buffer.putInt(text.length());
            CharBuffer chars = CharBuffer.wrap(text);
            utf8.reset();
            while (utf8.encode(chars, buffer, true).isOverflow()) {
                drain();
            }
            if (buffer.remaining() < Integer.BYTES) {
                drain();
            }
        }

        byte[] digest() {
            drain();
            return digest.digest();
        }

        private void drain() {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
