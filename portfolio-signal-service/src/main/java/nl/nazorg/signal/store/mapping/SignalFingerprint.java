package nl.nazorg.signal.store.mapping;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * A digest (SHA-256, hex) of everything a re-evaluation compares to decide whether an open signal changed: rule
 * version, suppression, due date, figures by value (100.0 and 100.00 are the same figure) and both explanations,
 * in the order the rule added them (a rule adds them in a fixed order; a stored row's JSON keeps it), then the
 * inputs apart: 32 hex digits of each half. A signal row keeps the digest of what it was written with, so a pass
 * compares one string per signal instead of parsing its figures, and knows from the second half whether the inputs
 * (the largest part of a row, and the part a rate change seldom moves) must be written again.
 */
public final class SignalFingerprint {

    private static final ThreadLocal<Texts> TEXTS = ThreadLocal.withInitial(Texts::new);

    private static final int HALF = 32;

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

    /** Whether two digests were taken of the same inputs (a digest of the older single-half form never was). */
    public static boolean sameInputs(String fingerprint, String other) {
        return fingerprint.length() == 2 * HALF && other.length() == 2 * HALF
                && fingerprint.regionMatches(HALF, other, HALF, HALF);
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
        texts.add(dutch);
        texts.add(english);
        String state = texts.digest();
        texts.start().add(Integer.toString(inputs.size()));
        inputs.forEach((name, value) -> {
            texts.add(name);
            texts.add(value);
        });
        return state + texts.digest();
    }

    /**
     * Feeds texts to the digest, each preceded by its length and each character as one byte below 0xFF, otherwise
     * 0xFF and its two bytes: a code in which no two sequences of texts give the same bytes, written into one buffer
     * per thread (a pass digests every signal it judges, so nothing is allocated per text).
     */
    private static final class Texts {
        private final MessageDigest digest = sha256();
        private final byte[] buffer = new byte[8192];
        private int length;

        Texts start() {
            digest.reset();
            length = 0;
            return this;
        }

        void add(String text) {
            int chars = text.length();
            put(chars >>> 24);
            put(chars >>> 16);
            put(chars >>> 8);
            put(chars);
            for (int i = 0; i < chars; i++) {
                char c = text.charAt(i);
                if (c < 0xFF) {
                    put(c);
                } else {
                    put(0xFF);
                    put(c >>> 8);
                    put(c);
                }
            }
        }

        /** The first {@link #HALF} hex digits of the digest of what was added since {@link #start}. */
        String digest() {
            drain();
            return HexFormat.of().formatHex(digest.digest(), 0, HALF / 2);
        }

        private void put(int value) {
            if (length == buffer.length) {
                drain();
            }
            buffer[length++] = (byte) value;
        }

        private void drain() {
            digest.update(buffer, 0, length);
            length = 0;
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
