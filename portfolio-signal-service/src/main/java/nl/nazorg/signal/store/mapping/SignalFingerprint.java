package nl.nazorg.signal.store.mapping;

import java.math.BigDecimal;
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

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });

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
        Texts texts = new Texts();
        texts.add(Integer.toString(ruleVersion));
        texts.add(Boolean.toString(suppressed));
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
        MessageDigest digest = SHA_256.get();
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(texts.bytes()));
    }

    /**
     * Texts, each preceded by its length, so that no two sequences of texts give the digest the same bytes; one
     * buffer per thread, as a pass digests every signal it judges.
     */
    private static final class Texts {
        private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(4096));
        private final StringBuilder joined = BUFFER.get();

        Texts() {
            joined.setLength(0);
        }

        void add(String text) {
            joined.append(text.length()).append(':').append(text);
        }

        byte[] bytes() {
            return joined.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
