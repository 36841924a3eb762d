package nl.nazorg.signal.store.mapping;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * A digest (SHA-256, hex) of everything a re-evaluation compares to decide whether an open signal changed: rule
 * version, suppression, due date, figures by value (100.0 and 100.00 are the same figure), inputs and both
 * explanations; names in sorted order, so the order a rule adds them in does not count. A signal row keeps the
 * digest of what it was written with, so a pass compares one string per signal instead of parsing its figures.
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
        MessageDigest digest = SHA_256.get();
        digest.reset();
        text(digest, Integer.toString(ruleVersion));
        text(digest, Boolean.toString(suppressed));
        text(digest, dueDate == null ? "" : dueDate.toString());
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(figures.size()).array());
        new TreeMap<>(figures).forEach((name, value) -> {
            text(digest, name);
            text(digest, value.stripTrailingZeros().toPlainString());
        });
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(inputs.size()).array());
        new TreeMap<>(inputs).forEach((name, value) -> {
            text(digest, name);
            text(digest, value);
        });
        text(digest, dutch);
        text(digest, english);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length first, so that no two sequences of texts feed the digest the same bytes. */
    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
